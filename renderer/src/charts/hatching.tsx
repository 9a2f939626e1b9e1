// Diagonal hatching laid over a bar, so marks that differ in meaning differ by pattern as well as
// by colour (a reader who cannot tell the colours apart still can).
export function HatchDefs({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1="0" y1="0" x2="0" y2="6" className="chart__hatch" />
      </pattern>
    </defs>
  );
}

/** The hatching over a bar's rectangle (decorative: the bar carries the data). */
export function Hatching({
  id,
  x,
  y,
  width,
  height,
}: {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}) {
  return (
    <rect
      className="chart__hatching"
      fill={`url(#${id})`}
      x={x}
      y={y}
      width={width}
      height={height}
      aria-hidden="true"
    />
  );
}
