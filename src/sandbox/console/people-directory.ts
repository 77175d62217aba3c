/**
 * Who is in the console's simulated group, by the names a user might type, kept in step with joins, leaves, renames and
 * removals.
 */
import type { DemoPerson } from './demo-group.js';

/** A person as the console currently knows them. */
export interface PersonState {
  person: DemoPerson;
  member: boolean;
  /** The group nickname set with /rename; null shows the WeChat name. */
  alias: string | null;
}

/** Who is in the simulated group, by the names a user might type, kept in step with what happens. */
export interface PeopleDirectory {
  /** Finds a person by handle (`李四`), WeChat name, group nickname or id; else a message saying who exists. */
  find(name: string): PersonState | { error: string };
  byId(id: string): PersonState | undefined;
  /** How the group shows a person: the group nickname, else the WeChat name; unknown ids as they are. */
  display(id: string): string;
  setMember(id: string, member: boolean): void;
  setAlias(id: string, alias: string | null): void;
  list(): PersonState[];
}

/** Builds the directory from the demo group's people. */
export function createPeopleDirectory(people: readonly DemoPerson[], bot: { id: string; name: string }): PeopleDirectory {
  const states = people.map((person): PersonState => ({ person, member: person.member ?? false, alias: person.alias ?? null }));
  const byId = (id: string): PersonState | undefined => states.find((s) => s.person.id === id);
  const keys = (s: PersonState): string[] => [s.person.handle, s.person.name, s.person.id, ...(s.alias ? [s.alias] : [])];
  return {
    find(name) {
      const wanted = name.trim().replace(/^@/, '');
      const exact = states.find((s) => keys(s).includes(wanted));
      const found = exact ?? states.find((s) => keys(s).some((k) => k.toLowerCase() === wanted.toLowerCase()));
      if (found) return found;
      const names = states.map((s) => s.person.handle).join('、');
      return { error: `群里和可邀请的人中没有“${wanted}”。可用的名字：${names}（/people 查看详情）` };
    },
    byId,
    display(id) {
      if (id === bot.id) return bot.name;
      const s = byId(id);
      return s ? (s.alias ?? s.person.name) : id;
    },
    setMember(id, member) {
      const s = byId(id);
      if (s) s.member = member;
    },
    setAlias(id, alias) {
      const s = byId(id);
      if (s) s.alias = alias;
    },
    list: () => [...states],
  };
}
