// Where each label goes: beside its pin on the side that overlaps least with the
// pins, icons and labels already placed and stays inside the map (markets in
// Europe sit a few pixels apart). Greedy, in the order given; pure geometry.

export interface Box { x: number; y: number; w: number; h: number }

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(a: Box, bounds: Box): number {
  const inside = overlap(a, bounds);
  return a.w * a.h - inside;
}

/** Top-left corners for labels of size w × h next to anchors of radius r; `taken` gains each placed box. */
export function placeLabels(
  labels: readonly { x: number; y: number; r: number; w: number; h: number }[], taken: Box[], bounds: Box,
): { x: number; y: number }[] {
  return labels.map((l) => {
    const gap = l.r + 3;
    const candidates: [number, number][] = [
      [l.x + gap, l.y - l.h / 2],
      [l.x - gap - l.w, l.y - l.h / 2],
      [l.x - l.w / 2, l.y + gap],
      [l.x - l.w / 2, l.y - gap - l.h],
      [l.x + gap - 4, l.y + gap - 4],
      [l.x - gap - l.w + 4, l.y + gap - 4],
      [l.x + gap - 4, l.y - gap - l.h + 4],
      [l.x - gap - l.w + 4, l.y - gap - l.h + 4],
    ];
    let best = candidates[0]!;
    let bestScore = Infinity;
    for (const [x, y] of candidates) {
      const box = { x, y, w: l.w, h: l.h };
      let score = outside(box, bounds) * 20;
      for (const t of taken) score += overlap(box, t);
      if (score < bestScore - 0.5) { bestScore = score; best = [x, y]; }
      if (score === 0) break;
    }
    taken.push({ x: best[0], y: best[1], w: l.w, h: l.h });
    return { x: best[0], y: best[1] };
  });
}
