/**
 * Findings weighed for the group they were made in: a category or detector the group
 * switched off is dropped, one given another severity takes it, and confidential or
 * personal-data findings are raised when people not on the roster are present
 * (customers, suppliers, strangers). Pure: the caller counts the outsiders.
 */
import { SEVERITIES, type Finding, type Severity } from '../types.js';
import type { GroupSettings } from './group-settings.js';

/** The findings that still count here, and whether outsiders made any of them more serious. */
export interface WeighedFindings {
  findings: Finding[];
  /** How many members are not on the roster, when a finding is of a kind the rule covers; else 0. The admins' alert says so. */
  outsiders: number;
  /** Outsiders saw a covered finding and the rule says the admins always hear of it, whatever the ladder. */
  alwaysNotify: boolean;
}

/** Severity raised by `steps`, never past critical. */
export function raiseSeverity(severity: Severity, steps: number): Severity {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, SEVERITIES.indexOf(severity) + steps)]!;
}

/** Applies the group's `screen` settings and its outsiders rule to the findings of one message. */
export function weighFindings(findings: readonly Finding[], settings: Pick<GroupSettings, 'screen' | 'outsiders'>, outsiders: number): WeighedFindings {
  const kept: Finding[] = [];
  for (const finding of findings) {
    const setting = settings.screen[finding.category];
    if (setting === 'off') continue;
    kept.push(setting === undefined ? finding : { ...finding, severity: setting });
  }
  const rule = settings.outsiders;
  if (rule === null || outsiders === 0) return { findings: kept, outsiders: 0, alwaysNotify: false };
  const covered = new Set(rule.categories);
  let concerned = false;
  const weighed = kept.map((f) => {
    if (!covered.has(f.category)) return f;
    concerned = true;
    return rule.raise > 0 ? { ...f, severity: raiseSeverity(f.severity, rule.raise) } : f;
  });
  return concerned ? { findings: weighed, outsiders, alwaysNotify: rule.notify } : { findings: weighed, outsiders: 0, alwaysNotify: false };
}
