import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import type { Activation, OptimizerKind } from '@thresher/sweep';
import { DEFAULT_NATIVE_MODULE } from './backend';
import { EngineUnavailableError, InvalidEngineRequestError } from './errors';
import type { GraphForms, TrainingGraph, TrainingGraphs } from './graph-engine';

export const ENGINE_NAMES = ['graph', 'eager'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];
/** `auto`: graph on the native backend when its graphs load, eager elsewhere. */
export type EngineRequest = 'auto' | EngineName;

/** Environment variable forcing an engine (auto, graph, eager), below TrainOptions.engine. */
export const ENGINE_ENV = 'THRESHER_ENGINE';

/**
 * The committed SavedModels, libs/training/graphs: one folder up from src/ (tests) and from
 * dist/ (built), so both layouts find them.
 */
export const DEFAULT_GRAPH_DIR = path.resolve(__dirname, '..', 'graphs');

const load = createRequire(__filename);

export function isEngineRequest(value: string): value is EngineRequest {
  return value === 'auto' || (ENGINE_NAMES as readonly string[]).includes(value);
}

/** The request in effect: the explicit one, else $THRESHER_ENGINE, else auto. */
export function engineRequest(explicit?: EngineRequest): EngineRequest {
  if (explicit) return explicit;
  const env = process.env[ENGINE_ENV]?.trim();
  if (!env) return 'auto';
  if (!isEngineRequest(env)) throw new InvalidEngineRequestError(env);
  return env;
}

export interface SelectEngineOptions {
  engine?: EngineRequest;
  /** Folder of the SavedModels (default DEFAULT_GRAPH_DIR). */
  graphDir?: string;
  /** Receives the single notice line when `auto` falls back to eager (default console.warn). */
  warn?: (msg: string) => void;
  /** false: never the XLA-compiled graphs (default: where the runtime compiles them). */
  xla?: boolean;
}

export type EngineChoice =
  { engine: 'eager'; reason: string } | { engine: 'graph'; graph: TrainingGraphs; reason: string };

/** Whether the XLA-compiled graphs run here, and why (for `thresher doctor`). */
export interface XlaSupport {
  available: boolean;
  reason: string;
}

/** The XLA-compiled graphs' folders: the variant's name and this suffix (generate.py). */
export const XLA_SUFFIX = '-xla';

interface NodeSavedModelApi {
  node: {
    loadSavedModel(dir: string, tags: string[], signature: string): Promise<TrainingGraph>;
  };
}

// Graphs load once per folder and variant; a failure is remembered too, so `auto` tells its
// notice once per process, not once per trial.
const loaded = new Map<string, Promise<TrainingGraphs>>();
const xlaChecked = new Map<string, Promise<XlaSupport>>();
const noticed = new Set<string>();

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]?.trim() || 'unknown error';
}

/** The three signatures of one SavedModel folder (tfjs-node loads the folder's session once). */
async function loadForms(dir: string, folderName: string): Promise<GraphForms> {
  const folder = path.join(dir, folderName);
  // tfjs-node reports a missing folder as a protobuf read error; say it plainly.
  if (!fs.existsSync(path.join(folder, 'saved_model.pb'))) {
    throw new Error(`no SavedModel at ${folder}`);
  }
  const api = load(DEFAULT_NATIVE_MODULE) as NodeSavedModelApi;
  const full = await api.node.loadSavedModel(folder, ['serve'], 'serving_default');
  const blocked = await api.node.loadSavedModel(folder, ['serve'], 'blocked');
  const predict = await api.node.loadSavedModel(folder, ['serve'], 'predict');
  return { full, blocked, predict };
}

/**
 * Whether this runtime compiles the XLA graphs: one small call of gd-relu-xla (a libtensorflow
 * built without the XLA JIT loads the graph and fails this call). Once per folder and process.
 */
export function xlaSupport(dir = DEFAULT_GRAPH_DIR): Promise<XlaSupport> {
  let pending = xlaChecked.get(dir);
  if (!pending) {
    pending = probeXla(dir);
    xlaChecked.set(dir, pending);
  }
  return pending;
}

async function probeXla(dir: string): Promise<XlaSupport> {
  try {
    const { full } = await loadForms(dir, `gd-relu${XLA_SUFFIX}`);
    const inputs = {
      x: tf.ones([1, 2, 1]),
      y: tf.ones([1, 1, 2]),
      scale: tf.ones([1, 1, 1]),
      w: tf.ones([1, 1, 1]),
      a: tf.ones([1, 1, 1]),
      k: tf.scalar(1, 'int32'),
    };
    try {
      tf.dispose(Object.values(full.predict(inputs) as tf.NamedTensorMap));
    } finally {
      tf.dispose(Object.values(inputs));
    }
    return { available: true, reason: 'compiled by this libtensorflow' };
  } catch (err) {
    return { available: false, reason: firstLine(err) };
  }
}

async function loadGraphs(dir: string, variant: string, xla: boolean): Promise<TrainingGraphs> {
  const plain = await loadForms(dir, variant);
  if (!xla) return plain;
  let compiled: Promise<GraphForms | undefined> | undefined;
  const loadXla = async (): Promise<GraphForms | undefined> => {
    if (!(await xlaSupport(dir)).available) return undefined;
    // The uncompiled graphs serve every shape should these not load.
    return loadForms(dir, variant + XLA_SUFFIX).catch(() => undefined);
  };
  return { ...plain, xla: () => (compiled ??= loadXla()) };
}

/**
 * The graphs for this optimizer and activation (with their XLA forms, loaded on first use where
 * the runtime compiles them, unless `xla` is false), loaded (or their failure remembered) once.
 * Throws EngineUnavailableError when the uncompiled graphs cannot load.
 */
export async function trainingGraph(
  optimizer: OptimizerKind,
  activation: Activation,
  dir = DEFAULT_GRAPH_DIR,
  xla = true,
): Promise<TrainingGraphs> {
  const variant = `${optimizer}-${activation}`;
  const key = `${path.join(dir, variant)}:${xla}`;
  let pending = loaded.get(key);
  if (!pending) {
    pending = loadGraphs(dir, variant, xla);
    loaded.set(key, pending);
  }
  try {
    return await pending;
  } catch (err) {
    throw new EngineUnavailableError(
      'graph',
      `the ${variant} graph did not load: ${firstLine(err)}`,
      { cause: err },
    );
  }
}

/**
 * Chooses the engine for one batch. `graph` needs the native backend and a graph that loads,
 * else EngineUnavailableError; `auto` takes the graph there and eager elsewhere, and falls back
 * to eager with one notice line when the graph does not load (e.g. a libtensorflow older than
 * the graphs' producer).
 */
export async function selectEngine(
  optimizer: OptimizerKind,
  activation: Activation,
  opts: SelectEngineOptions = {},
): Promise<EngineChoice> {
  const request = engineRequest(opts.engine);
  if (request === 'eager') return { engine: 'eager', reason: 'forced' };
  const backend = tf.getBackend();
  if (backend !== 'tensorflow') {
    const reason = `the ${backend} backend runs no TensorFlow graphs`;
    if (request === 'graph') throw new EngineUnavailableError('graph', reason);
    return { engine: 'eager', reason };
  }
  try {
    const graph = await trainingGraph(optimizer, activation, opts.graphDir, opts.xla ?? true);
    return { engine: 'graph', graph, reason: request === 'graph' ? 'forced' : 'native backend' };
  } catch (err) {
    if (request === 'graph' || !(err instanceof EngineUnavailableError)) throw err;
    const key = `${opts.graphDir ?? DEFAULT_GRAPH_DIR}:${optimizer}-${activation}`;
    if (!noticed.has(key)) {
      noticed.add(key);
      const warn = opts.warn ?? ((msg: string) => console.warn(msg));
      warn(`graph training engine unavailable (${err.reason}); training eagerly instead`);
    }
    return { engine: 'eager', reason: err.reason };
  }
}

/**
 * The engine trials would run on now, for `thresher doctor`: tries every graph variant on the
 * active backend (without the fallback notice); with the graph engine, whether its XLA forms run.
 */
export async function describeEngine(
  opts: Omit<SelectEngineOptions, 'warn'> = {},
): Promise<{ engine: EngineName; reason: string; xla?: XlaSupport }> {
  let choice: { engine: EngineName; reason: string } = { engine: 'graph', reason: '' };
  for (const optimizer of ['gd', 'adam'] as const) {
    for (const activation of ['relu', 'gelu'] as const) {
      const c = await selectEngine(optimizer, activation, { ...opts, warn: () => undefined });
      if (c.engine === 'eager') return { engine: 'eager', reason: c.reason };
      choice = { engine: 'graph', reason: c.reason };
    }
  }
  const xla =
    opts.xla === false
      ? { available: false, reason: 'turned off' }
      : await xlaSupport(opts.graphDir ?? DEFAULT_GRAPH_DIR);
  return { ...choice, xla };
}
