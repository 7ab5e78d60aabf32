/**
 * The map of the field (/map/): every entry in the stage of a model's life where it acts, the relations between
 * entries of one stage drawn as a diagram, and how many relations join one stage to another. Laid out at build
 * time with dagre, as the lineage diagrams are; this module only computes positions and groups, so it is tested
 * without a browser.
 */
import dagre from '@dagrejs/dagre';
import { DIAGRAM, wrapTitle, type Diagram, type DiagramEdge, type DiagramNode } from './lineage-diagram.ts';
import { kindLabel, STAGES, type Kind, type Relation, type Stage } from './vocabulary.ts';

/** An entry as the map needs it. */
export interface MapEntry {
  id: string;
  title: string;
  kind: Kind;
  stage: Stage;
  related: readonly { entry: string; relation: Relation }[];
}

/** A relation between two entries, oriented from the earlier idea to the one that takes it further. */
export interface MapLink {
  from: string;
  to: string;
  relation: Relation;
  /** The entry that declares the relation (its `related` field names the other one). */
  declaredBy: string;
}

/** One stage of the map: its entries by title, their diagram and the relations that leave the stage. */
export interface MapStage {
  stage: Stage;
  entries: MapEntry[];
  /** Entries joined by a relation inside the stage, laid out; the others are placed in rows below them. */
  diagram: Diagram;
  /** Relations from or to an entry of another stage. */
  outside: MapLink[];
}

/** How many relations join two stages, counted once per pair of entries. */
export interface StageFlow {
  from: Stage;
  to: Stage;
  count: number;
}

export interface FieldMap {
  stages: MapStage[];
  flows: StageFlow[];
}

/** Gap between the rows and columns of entries that have no relation inside their stage. */
const GRID_GAP = 12;
/** Columns of the rows of unrelated entries: the width of a phone-friendly four boxes at most. */
const GRID_COLUMNS = 4;

/**
 * Each relation once, oriented as the lineage diagrams draw it: an entry that builds on, extends or uses another
 * comes after it; a comparison keeps the declaring entry first. Relations to unknown entries are left out, and a
 * pair declared from both ends is kept as the first declaration in id order.
 */
export function mapLinks(entries: readonly MapEntry[]): MapLink[] {
  const known = new Set(entries.map((entry) => entry.id));
  const seen = new Set<string>();
  const links: MapLink[] = [];
  for (const entry of [...entries].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const { entry: other, relation } of entry.related) {
      if (!known.has(other) || other === entry.id) continue;
      const pair = [entry.id, other].sort().join('\0');
      if (seen.has(pair)) continue;
      seen.add(pair);
      const forward = relation === 'compares-with';
      links.push({
        from: forward ? entry.id : other,
        to: forward ? other : entry.id,
        relation,
        declaredBy: entry.id,
      });
    }
  }
  return links;
}

function mapNode(entry: MapEntry): Omit<DiagramNode, 'x' | 'y'> {
  const lines = wrapTitle(entry.title);
  return {
    id: entry.id,
    lines,
    caption: kindLabel(entry.kind),
    self: false,
    kind: entry.kind,
    width: DIAGRAM.nodeWidth,
    height: DIAGRAM.padding * 2 + (lines.length + 1) * DIAGRAM.lineHeight,
  };
}

/**
 * The diagram of one stage: the entries joined by relations inside it laid out left to right by dagre, and the
 * entries without such a relation in rows under them, so that a stage of fifty loosely related entries is not
 * one column fifty boxes tall.
 */
export function layoutStage(entries: readonly MapEntry[], links: readonly MapLink[]): Diagram {
  const linked = new Set(links.flatMap((link) => [link.from, link.to]));
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 10, ranksep: 40, marginx: 2, marginy: 2 });
  graph.setDefaultEdgeLabel(() => ({}));
  const nodes = new Map(entries.map((entry) => [entry.id, mapNode(entry)]));
  for (const node of nodes.values())
    if (linked.has(node.id)) graph.setNode(node.id, { width: node.width, height: node.height });
  for (const link of links) graph.setEdge(link.from, link.to);
  let width = 0;
  let height = 0;
  const placed: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  if (linked.size > 0) {
    dagre.layout(graph);
    width = Math.ceil(graph.graph().width ?? 0);
    height = Math.ceil(graph.graph().height ?? 0);
    for (const id of graph.nodes()) {
      const { x, y } = graph.node(id);
      placed.push({ ...nodes.get(id)!, x, y });
    }
    for (const { v, w } of graph.edges())
      edges.push({
        from: v,
        to: w,
        points: (graph.edge(v, w).points ?? []).map(({ x, y }: { x: number; y: number }) => ({ x, y })),
        undirected: links.find((link) => link.from === v && link.to === w)?.relation === 'compares-with',
      });
  }
  const loose = entries.filter((entry) => !linked.has(entry.id)).map(mapNode);
  const rowHeight = Math.max(0, ...loose.map((node) => node.height));
  const columns = Math.max(1, Math.min(GRID_COLUMNS, loose.length));
  const top = height > 0 ? height + GRID_GAP * 2 : 2;
  loose.forEach((node, index) => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    placed.push({
      ...node,
      x: 2 + column * (DIAGRAM.nodeWidth + GRID_GAP) + node.width / 2,
      y: top + row * (rowHeight + GRID_GAP) + node.height / 2,
    });
  });
  if (loose.length > 0) {
    const rows = Math.ceil(loose.length / columns);
    width = Math.max(width, 4 + columns * DIAGRAM.nodeWidth + (columns - 1) * GRID_GAP);
    height = top + rows * rowHeight + (rows - 1) * GRID_GAP + 2;
  }
  return { width, height, nodes: placed, edges };
}

/** The whole map: each stage that has entries, in the order of a model's life, and the flows between stages. */
export function buildFieldMap(entries: readonly MapEntry[]): FieldMap {
  const byTitle = [...entries].sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }));
  const stageOf = new Map(entries.map((entry) => [entry.id, entry.stage]));
  const links = mapLinks(entries);
  const stages = STAGES.map((stage) => {
    const members = byTitle.filter((entry) => entry.stage === stage);
    const inside = links.filter((link) => stageOf.get(link.from) === stage && stageOf.get(link.to) === stage);
    const outside = links.filter((link) => (stageOf.get(link.from) === stage) !== (stageOf.get(link.to) === stage));
    return { stage, entries: members, diagram: layoutStage(members, inside), outside };
  }).filter((stage) => stage.entries.length > 0);
  const counts = new Map<string, number>();
  for (const link of links) {
    const from = stageOf.get(link.from)!;
    const to = stageOf.get(link.to)!;
    if (from === to) continue;
    const key = `${from}\0${to}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const order = (stage: Stage) => STAGES.indexOf(stage);
  const flows = [...counts]
    .map(([key, count]) => {
      const [from, to] = key.split('\0') as [Stage, Stage];
      return { from, to, count };
    })
    .sort((a, b) => order(a.from) - order(b.from) || order(a.to) - order(b.to));
  return { stages, flows };
}

/** Two stages and how many relations join them in either direction. */
export interface StagePair {
  stages: [Stage, Stage];
  count: number;
}

/** The flows with both directions of each pair of stages added up, most relations first, then in stage order. */
export function stagePairs(flows: readonly StageFlow[]): StagePair[] {
  const order = (stage: Stage) => STAGES.indexOf(stage);
  const pairs = new Map<string, StagePair>();
  for (const flow of flows) {
    const stages = [flow.from, flow.to].sort((a, b) => order(a) - order(b)) as [Stage, Stage];
    const key = stages.join(' ');
    const pair = pairs.get(key) ?? pairs.set(key, { stages, count: 0 }).get(key)!;
    pair.count += flow.count;
  }
  return [...pairs.values()].sort(
    (a, b) => b.count - a.count || order(a.stages[0]) - order(b.stages[0]) || order(a.stages[1]) - order(b.stages[1]),
  );
}
