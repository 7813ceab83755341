/**
 * The workbench's views, registered in one place: the side views the activity bar switches
 * between, and the panel's views. A new view (the examiners' review, issue 8) is one more
 * entry here with its component; the workbench renders whatever is listed.
 */
import '../calibration/ge-calibration/index.ts';
import '../components/ge-event-detail/index.ts';
import '../components/ge-explorer/index.ts';
import '../components/ge-problems/index.ts';
import '../components/ge-tests/index.ts';
import '../harmonisation/ge-harmonisation/index.ts';
import '../review/ge-review/index.ts';
import { html, type TemplateResult } from 'lit';
import type { CaptureEvent } from '../../../shared/schema/index.ts';
import type { CalibrationSubject } from '../calibration/ge-calibration/index.ts';
import type { ActivityItem } from '../components/ge-activity-bar/index.ts';
import type { ExplorerEntry } from '../components/ge-explorer/index.ts';
import type { MessageKey } from '../i18n.ts';
import type { Recording, TestRun } from '../models/rule-test.ts';
import type { FileProblems, ProblemReport } from '../models/workspace.ts';
import type { LiveSource } from '../review/live-source.ts';

/** What the workbench hands every view when it renders. */
export interface ViewState {
  locale: 'fr' | 'en';
  /** Given by the host page; the review's live column reads it. */
  liveSource: LiveSource | undefined;
  explorer: readonly ExplorerEntry[];
  activeName: string | undefined;
  recording: Recording | undefined;
  testRun: TestRun | undefined;
  testTarget: string | undefined;
  /** The subject draft whose rules are tested and calibrated. */
  testSubject: CalibrationSubject | undefined;
  recordingRefusal: ProblemReport | undefined;
  report: ProblemReport | undefined;
  files: readonly FileProblems[];
  event: CaptureEvent | undefined;
}

export interface SideView extends ActivityItem {
  /** A workspace view: it takes the editor's place (review, harmonisation), the side bar closes. */
  wide?: boolean;
  render(state: ViewState): TemplateResult;
}

export interface PanelView {
  id: 'problems' | 'event';
  title: MessageKey;
  testId: string;
  /** A count shown next to the title (problems). */
  badge?(state: ViewState): number;
  render(state: ViewState): TemplateResult;
}

export const SIDE_VIEWS: readonly SideView[] = [
  {
    id: 'explorer',
    icon: 'files',
    title: 'activity.explorer',
    testId: 'activity-explorer',
    render: (state) =>
      html`<ge-explorer .locale=${state.locale} .entries=${state.explorer} .activeName=${state.activeName}></ge-explorer>`,
  },
  {
    id: 'tests',
    icon: 'beaker',
    title: 'activity.tests',
    testId: 'activity-tests',
    render: (state) =>
      html`<ge-tests
        .locale=${state.locale}
        .recording=${state.recording}
        .run=${state.testRun}
        .target=${state.testTarget}
        .refusal=${state.recordingRefusal}
      ></ge-tests>`,
  },
  {
    id: 'calibration',
    icon: 'target',
    title: 'activity.calibration',
    testId: 'activity-calibration',
    wide: true,
    render: (state) =>
      html`<ge-calibration .locale=${state.locale} .subject=${state.testSubject}></ge-calibration>`,
  },
  {
    id: 'review',
    icon: 'checklist',
    title: 'activity.review',
    testId: 'activity-review',
    wide: true,
    render: (state) => html`<ge-review .locale=${state.locale} .liveSource=${state.liveSource}></ge-review>`,
  },
  {
    id: 'harmonisation',
    icon: 'graph',
    title: 'activity.harmonisation',
    testId: 'activity-harmonisation',
    wide: true,
    render: (state) => html`<ge-harmonisation hide-language .locale=${state.locale}></ge-harmonisation>`,
  },
];

export const PANEL_VIEWS: readonly PanelView[] = [
  {
    id: 'problems',
    title: 'problems.title',
    testId: 'panel-tab-problems',
    badge: (state) =>
      (state.report?.problems.length ?? 0) +
      state.files.reduce((sum, file) => sum + file.problems.filter((p) => p.severity !== 'info').length, 0),
    render: (state) =>
      html`<ge-problems .locale=${state.locale} .report=${state.report} .files=${state.files}></ge-problems>`,
  },
  {
    id: 'event',
    title: 'event.title',
    testId: 'panel-tab-event',
    render: (state) =>
      html`<ge-event-detail .locale=${state.locale} .event=${state.event}></ge-event-detail>`,
  },
];
