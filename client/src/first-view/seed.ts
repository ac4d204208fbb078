/** Starts the follow screen from the page's first-view data: the app's first render shows what the page showed. */
import { setClockOffset } from '../stores/connection.ts';
import { seedWorkshop } from '../stores/workshop.ts';
import { readFirstView } from './data.ts';

/** Seeds the stores when the page carries first-view data (and says whether it did); the replica replaces it once synced. */
export function seedFirstView(): boolean {
  const view = readFirstView(document);
  if (!view) return false;
  setClockOffset(view.clockOffsetMs);
  seedWorkshop(view.state);
  return true;
}
