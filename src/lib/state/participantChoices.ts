/** A participant the "who" filter offers: the entity, its name, and how many events name it. */
export interface ParticipantChoice {
  readonly id: string;
  readonly name: string;
  readonly count: number;
}

/** The participants of these events, the most often named first (then by name); entities no event names are left out. */
export function participantChoices(
  events: readonly { readonly participants?: readonly string[] }[],
  nameOf: (id: string) => string | undefined,
): ParticipantChoice[] {
  const counts = new Map<string, number>();
  // Index loops: this counts every participant of every event as a large timeline opens.
  for (let i = 0; i < events.length; i++) {
    const participants = events[i]!.participants;
    if (participants) for (let j = 0; j < participants.length; j++) counts.set(participants[j]!, (counts.get(participants[j]!) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ id, name: nameOf(id) ?? id, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
