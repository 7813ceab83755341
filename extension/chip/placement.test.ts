import { describe, expect, it } from 'vitest';
import { candidateSpots, choosePlace, clampTo, intersects } from './placement.ts';

describe('chip placement', () => {
  const spots = candidateSpots(1366, 768, 220, 40);

  it('offers the bottom corners first, all inside the viewport', () => {
    expect(spots[0]).toEqual({ left: 8, top: 720, width: 220, height: 40 });
    expect(spots[1]).toEqual({ left: 1138, top: 720, width: 220, height: 40 });
    for (const spot of spots) {
      expect(spot.left).toBeGreaterThanOrEqual(8);
      expect(spot.left + spot.width).toBeLessThanOrEqual(1366);
      expect(spot.top + spot.height).toBeLessThanOrEqual(768);
    }
  });

  it('never takes a spot over a control, and keeps a moved chip near where it was put', () => {
    const publish = { left: 1200, top: 700, width: 120, height: 40 };
    const footerLink = { left: 0, top: 730, width: 300, height: 30 };
    const place = choosePlace(null, spots, [publish, footerLink]);
    expect(place).not.toBeNull();
    expect(intersects(place!, publish)).toBe(false);
    expect(intersects(place!, footerLink)).toBe(false);
    const moved = { left: 600, top: 300, width: 220, height: 40 };
    expect(choosePlace(moved, spots, [publish])).toEqual(moved);
    const blocked = choosePlace(moved, spots, [{ left: 590, top: 290, width: 300, height: 80 }]);
    expect(blocked).not.toBeNull();
    expect(Math.hypot(blocked!.left - 600, blocked!.top - 300)).toBeLessThan(400);
  });

  it('gives up (null) rather than cover a control when the page is all controls', () => {
    expect(choosePlace(null, spots, [{ left: 0, top: 0, width: 1366, height: 768 }])).toBeNull();
  });

  it('clamps a dragged chip to the viewport', () => {
    expect(clampTo({ left: -50, top: 900, width: 220, height: 40 }, 1366, 768)).toEqual({
      left: 8,
      top: 720,
      width: 220,
      height: 40,
    });
  });
});
