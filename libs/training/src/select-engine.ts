import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import type { Activation, OptimizerKind } from '@thresher/sweep';
import { DEFAULT_NATIVE_MODULE } from './backend';
import { EngineUnavailableError, InvalidEngineRequestError } from './errors';
import type { TrainingGraph } from './graph-engine';

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
}

export type EngineChoice =
  { engine: 'eager'; reason: string } | { engine: 'graph'; graph: TrainingGraph; reason: string };

interface NodeSavedModelApi {
  node: {
    loadSavedModel(dir: string, tags: string[], signature: string): Promise<TrainingGraph>;
  };
}

// Graphs load once per folder and variant; a failure is remembered too, so `auto` tells its
// notice once per process, not once per trial.
const loaded = new Map<string, Promise<TrainingGraph>>();
const noticed = new Set<string>();

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]?.trim() || 'unknown error';
}

async function loadGraph(dir: string, variant: string): Promise<TrainingGraph> {
  const folder = path.join(dir, variant);
  // tfjs-node reports a missing folder as a protobuf read error; say it plainly.
  if (!fs.existsSync(path.join(folder, 'saved_model.pb'))) {
    throw new Error(`no SavedModel at ${folder}`);
  }
  const api = load(DEFAULT_NATIVE_MODULE) as NodeSavedModelApi;
  return api.node.loadSavedModel(folder, ['serve'], 'serving_default');
}

/**
 * The graph for this optimizer and activation, loaded (or its failure remembered) once.
 * Throws EngineUnavailableError when it cannot load.
 */
export async function trainingGraph(
  optimizer: OptimizerKind,
  activation: Activation,
  dir = DEFAULT_GRAPH_DIR,
): Promise<TrainingGraph> {
  const variant = `${optimizer}-${activation}`;
  const key = path.join(dir, variant);
  let pending = loaded.get(key);
  if (!pending) {
    pending = loadGraph(dir, variant);
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
    const graph = await trainingGraph(optimizer, activation, opts.graphDir);
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
 * active backend (without the fallback notice).
 */
export async function describeEngine(
  opts: Omit<SelectEngineOptions, 'warn'> = {},
): Promise<{ engine: EngineName; reason: string }> {
  let choice: { engine: EngineName; reason: string } = { engine: 'graph', reason: '' };
  for (const optimizer of ['gd', 'adam'] as const) {
    for (const activation of ['relu', 'gelu'] as const) {
      const c = await selectEngine(optimizer, activation, { ...opts, warn: () => undefined });
      if (c.engine === 'eager') return { engine: 'eager', reason: c.reason };
      choice = { engine: 'graph', reason: c.reason };
    }
  }
  return choice;
}
