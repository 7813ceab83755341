// The extension's editor page is the grid editor itself (see grid-editor/), given this
// workstation's live session for the review.

import { mountEditor } from '../../../grid-editor/src/main.ts';
import { liveSessionSource } from '../../editor-host/live-session.ts';

mountEditor({ liveSource: liveSessionSource() });
