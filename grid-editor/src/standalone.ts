// The standalone editor page (`npm run editor`): the editor without a workstation behind it.
import { mountEditor } from './main.ts';

mountEditor();
