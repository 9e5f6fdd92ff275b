// The Firefox build in Firefox ESR: the scenarios of the page with claims that the Chromium tests
// also run (tests/e2e/scenarios/claims-page.ts).
import { describe } from 'vitest';
import { firefoxPerFile } from './per-file';
import { firefoxUnderTest } from './firefox-under-test';
import { claimsPage } from './scenarios/claims-page';

const h = firefoxPerFile();

describe('Firefox ESR: the Firefox build on a page with claims', () => {
  const claims = claimsPage(() => firefoxUnderTest(h));
  claims.marksEachClaimByVerdict();
  claims.keepsMarksInCellsAndLines();
  claims.leavesThePageAlone();
  claims.countsOnTheBadge();
  claims.showsCardOnHover();
  claims.listsClaimsInPanel();
  claims.answersInPopup();
  claims.switchesSiteOffAndOn();
});
