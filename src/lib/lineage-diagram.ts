/**
 * The lineage diagram of an entry page, laid out at build time with dagre (a maintained layered-graph layout):
 * what the entry builds on, extends or uses on the left, the entry in the middle, and what builds on, extends or
 * uses it on the right, with the entries it is compared with beside those. Each arrow points from the earlier
 * idea to the one that takes it further. The page draws the result as inline SVG (LineageDiagram.astro); this
 * module only computes positions, so it is tested without a browser.
 */
import dagre from '@dagrejs/dagre';
import type { Connection } from './lineage.ts';
import { relationLabel, type Kind } from './vocabulary.ts';

/** An entry as the diagram shows it. */
export interface DiagramEntry {
  id: string;
  title: string;
}

export interface DiagramNode {
  id: string;
  /** The entry's title, cut into lines that fit the box. */
  lines: string[];
  /** How it relates to the page's entry, as the lineage list words it ("Builds on"); empty for the entry itself. */
  caption: string;
  self: boolean;
  /** The entry's type, for a map that filters by it. */
  kind?: Kind | undefined;
  /** Centre and size, in SVG units. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramEdge {
  from: string;
  to: string;
  /** From the first node's border to the second's. */
  points: { x: number; y: number }[];
  /** A comparison, which has no direction: drawn dashed, without an arrowhead. */
  undirected: boolean;
}

export interface Diagram {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** Sizes in SVG units (one unit is a CSS pixel at the diagram's natural size). */
export const DIAGRAM = {
  fontSize: 12,
  captionSize: 11,
  lineHeight: 15,
  /** Characters per title line: about 150 units of 12-unit Inter, whose average character is 0.55 of its size. */
  lineChars: 22,
  maxLines: 3,
  nodeWidth: 168,
  padding: 8,
} as const;

/** A title cut into lines of at most `width` characters, at spaces where it can be, at most `max` lines. */
export function wrapTitle(title: string, width: number = DIAGRAM.lineChars, max: number = DIAGRAM.maxLines): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    let rest = word;
    // A word longer than a line is cut where it must be.
    while (rest.length > width) {
      if (current) lines.push(current);
      lines.push(rest.slice(0, width - 1) + '-');
      rest = rest.slice(width - 1);
      current = '';
    }
    if (!current) current = rest;
    else if (current.length + 1 + rest.length <= width) current += ` ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const last = kept[max - 1]!;
  kept[max - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}

function nodeHeight(lines: number, caption: boolean): number {
  return DIAGRAM.padding * 2 + lines * DIAGRAM.lineHeight + (caption ? DIAGRAM.lineHeight : 0);
}

/**
 * The laid-out diagram of `self` and its connections (as deriveConnections gives them), or undefined when it has
 * none. `entries` gives each connected entry's title; a connection to an unknown entry is left out.
 */
export function layoutLineage(
  self: DiagramEntry,
  connections: readonly Connection[],
  entries: ReadonlyMap<string, DiagramEntry>,
): Diagram | undefined {
  const shown = connections.filter((connection) => entries.has(connection.entry) && connection.entry !== self.id);
  if (shown.length === 0) return undefined;
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 12, ranksep: 56, marginx: 2, marginy: 2 });
  graph.setDefaultEdgeLabel(() => ({}));
  const nodes = new Map<string, Omit<DiagramNode, 'x' | 'y'>>();
  const add = (entry: DiagramEntry, caption: string, isSelf: boolean) => {
    const lines = wrapTitle(entry.title);
    const node = {
      id: entry.id,
      lines,
      caption,
      self: isSelf,
      width: DIAGRAM.nodeWidth,
      height: nodeHeight(lines.length, caption !== ''),
    };
    nodes.set(entry.id, node);
    graph.setNode(entry.id, { width: node.width, height: node.height });
  };
  add(self, '', true);
  const undirected = new Set<string>();
  for (const connection of shown) {
    const other = entries.get(connection.entry)!;
    add(other, relationLabel(connection.relation, connection.direction), false);
    // The earlier idea first: what this entry builds on, extends or uses points to it; what builds on it, from it.
    // A comparison has no direction; it is laid out after the entry, beside what builds on it.
    if (connection.relation === 'compares-with') {
      graph.setEdge(self.id, other.id);
      undirected.add(other.id);
    } else if (connection.direction === 'forward') graph.setEdge(other.id, self.id);
    else graph.setEdge(self.id, other.id);
  }
  dagre.layout(graph);
  const layout = graph.graph();
  return {
    width: Math.ceil(layout.width ?? 0),
    height: Math.ceil(layout.height ?? 0),
    nodes: [...nodes.values()].map((node) => {
      const { x, y } = graph.node(node.id);
      return { ...node, x, y };
    }),
    edges: graph.edges().map(({ v, w }) => ({
      from: v,
      to: w,
      points: (graph.edge(v, w).points ?? []).map(({ x, y }: { x: number; y: number }) => ({ x, y })),
      undirected: undirected.has(v === self.id ? w : v),
    })),
  };
}

/** An SVG path through the points. */
export function edgePath(points: readonly { x: number; y: number }[]): string {
  return points.map(({ x, y }, index) => `${index === 0 ? 'M' : 'L'}${Math.round(x)} ${Math.round(y)}`).join(' ');
}

/** The arrowhead at the end of an edge: a triangle pointing along its last segment. */
export function arrowHead(points: readonly { x: number; y: number }[], size = 7): string {
  const tip = points.at(-1)!;
  const from = points.at(-2) ?? tip;
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const corner = (turn: number) =>
    `${Math.round(tip.x - size * Math.cos(angle + turn))} ${Math.round(tip.y - size * Math.sin(angle + turn))}`;
  return `M${Math.round(tip.x)} ${Math.round(tip.y)} L${corner(0.45)} L${corner(-0.45)} Z`;
}
