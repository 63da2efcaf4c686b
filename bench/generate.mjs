#!/usr/bin/env node
// Workload generator for the benchmark: a synthetic site with a fixed seed, so that every run of
// the benchmark (and every machine) measures the same bytes.
//
//   node bench/generate.mjs --out DIR --files N --resources R --nodes K --log-mb M --seed S
//
// It writes, under DIR:
//   configfile/<partition>_on_<server>.cfg  N profile files, one per LPAR resource and node: file i
//                                           is resource floor(i / K) on node i % K
//   main.cf                                 K nodes, each the management LPAR of its own physical
//                                           server, and the first R resources (R <= N / K), each
//                                           with a VIOSName and a ProfileFile per node under
//                                           /configfile (read it with --path-map /configfile=DIR/configfile)
//   inventory.yaml                          the K servers, their two VIO servers and home partitions
//   LPAR_A.log                              (with --log-mb M > 0) an agent log of M MiB
// Partitions are dedicated or shared-processor, with 2 to 40 virtual client adapters; about one
// file in ten carries a fault that a rule reports.
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence on every platform. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, items) => items[Math.floor(rand() * items.length)];
const between = (rand, low, high) => low + Math.floor(rand() * (high - low + 1));
const pad = (n, width) => String(n).padStart(width, '0');

export const serverName = (k) => `physical_server_${pad(k + 1, 2)}`;
export const nodeName = (k) => `vcsnode${pad(k + 1, 2)}`;
export const partitionName = (r) => `lpar${pad(r + 1, 5)}`;
const viosNames = (k) => [`vios${pad(k + 1, 2)}a`, `vios${pad(k + 1, 2)}b`];
/** A partition can run on every server of the cluster, so its id is free on all of them. */
const partitionId = (r) => 11 + r;
export const profileFileName = (r, k) => `${partitionName(r)}_on_${serverName(k)}.cfg`;

/** Virtual client adapters; vSCSI and vFC ones come in pairs, one through each VIO server, as a
 *  redundant site has them (a lone path would be a vios-redundancy finding in every file). */
function adapters(rand, k, r) {
  const vios = viosNames(k);
  const count = between(rand, 2, 40);
  const scsi = [], eth = [], fc = [];
  for (let slot = 10; slot < 10 + count; ) {
    const room = 10 + count - slot;
    const kind = slot === 10 ? 'scsi' : room < 2 ? 'eth' : pick(rand, ['eth', 'eth', 'scsi', 'fc']);
    if (kind === 'eth') {
      eth.push(`${slot}/0/${between(rand, 1, 4094)}//0/0/ETHERNET0//all/none`);
      slot += 1;
      continue;
    }
    for (const side of [0, 1]) {
      const at = slot + side;
      if (kind === 'scsi') scsi.push(`${at}/client/${side + 1}/${vios[side]}/${100 + at}/1`);
      else {
        const wwpn = 0xc050760400000000n + BigInt(r) * 256n + BigInt(at) * 2n;
        fc.push(`""${at}/client/${side + 1}/${vios[side]}/${200 + at}/${wwpn.toString(16)},${(wwpn + 1n).toString(16)}/1""`);
      }
    }
    slot += 2;
  }
  return { scsi, eth, fc };
}

/** Processor attributes of a dedicated or a shared-processor partition. */
function processors(rand) {
  const procs = between(rand, 1, 8);
  if (rand() < 0.5) {
    return `proc_mode=ded,min_procs=1,desired_procs=${procs},max_procs=${procs * 2},sharing_mode=share_idle_procs`;
  }
  const units = (between(rand, 1, procs * 10) / 10).toFixed(1);
  return `proc_mode=shared,min_proc_units=0.1,desired_proc_units=${units},max_proc_units=${procs}.0,` +
    `min_procs=1,desired_procs=${procs},max_procs=${procs * 2},sharing_mode=uncap,uncap_weight=128`;
}

/** Faults a site really has: lssyscfg state left in, a changed duplicate, broken quoting, bad ranges. */
const FAULTS = [
  (line) => line.replace(',lpar_env=aixlinux,', ',lpar_env=aixlinux,state=Running,'),
  (line) => `${line},desired_mem=1000`,
  (line) => line.replace(/"virtual_scsi_adapters=([^"]*)"/, 'virtual_scsi_adapters=$1'),
  (line) => line.replace(/min_mem=\d+/, 'min_mem=65536'),
  (line) => line.replace(/sharing_mode=\w+/, 'sharing_mode=bogus'),
];

/** The profile file of resource r for node k: one line, as the VCS procedure builds it. */
export function profileText(rand, r, k) {
  const mem = pick(rand, [1024, 2048, 4096, 8192, 16384]);
  const { scsi, eth, fc } = adapters(rand, k, r);
  const name = partitionName(r);
  let line = [
    `name=${name},lpar_id=${partitionId(r)},lpar_env=aixlinux,work_group_id=none,shared_proc_pool_util_auth=0`,
    'allow_perf_collection=0,power_ctrl_lpar_ids=none,boot_mode=norm,auto_start=0,redundant_err_path_reporting=0',
    `time_ref=0,lpar_avail_priority=127,suspend_capable=0,remote_restart_capable=0,profile_name=${name},all_resources=0`,
    `min_mem=${mem / 2},desired_mem=${mem},max_mem=${mem * 2},mem_mode=ded,mem_expansion=0.0,hpt_ratio=1:64`,
    processors(rand),
    'affinity_group_id=none,io_slots=none,lpar_io_pool_ids=none,max_virtual_slots=1000',
    '"virtual_serial_adapters=0/server/1/any//any/1,1/server/1/any//any/1"',
    `"virtual_scsi_adapters=${scsi.join(',')}"`,
    eth.length ? `"virtual_eth_adapters=${eth.join(',')}"` : 'virtual_eth_adapters=none',
    'vtpm_adapters=none',
    fc.length ? `"virtual_fc_adapters=${fc.join(',')}"` : 'virtual_fc_adapters=none',
    'hca_adapters=none,conn_monitoring=1,bsr_arrays=0,lhea_logical_ports=none,lhea_capabilities=none,lpar_proc_compat_mode=default',
  ].join(',');
  if (rand() < 0.1) line = pick(rand, FAULTS)(line);
  return `${line}\n`;
}

/** main.cf: K nodes on K servers, R LPAR resources that can run on every node, home node r % K. */
export function mainCfText(resources, nodes) {
  const parts = ['// Synthetic benchmark cluster written by bench/generate.mjs', 'include "types.cf"', '', 'cluster bench_clus (', '        )', ''];
  for (let k = 0; k < nodes; k++) parts.push(`system ${nodeName(k)} (`, `        PhysicalServer = ${serverName(k)}`, '        )', '');
  for (let r = 0; r < resources; r++) {
    const order = Array.from({ length: nodes }, (_, i) => (r + i) % nodes);
    const name = partitionName(r);
    parts.push(
      `group ${name}_grp (`,
      `        SystemList = { ${order.map((k, i) => `${nodeName(k)} = ${i}`).join(', ')} }`,
      `        AutoStartList = { ${nodeName(order[0])} }`,
      '        )',
      '',
      `        LPAR ${name}_res (`,
      `                LPARName = ${name}`,
      '                MCName = { hmc01 }',
      '                MCUser = { hscroot }',
      ...order.map((k) => `                VIOSName @${nodeName(k)} = { ${viosNames(k).join(', ')} }`),
      ...order.map((k) => `                ProfileFile @${nodeName(k)} = "/configfile/${profileFileName(r, k)}"`),
      '                RemoveProfileOnOffline = 1',
      '                )',
      '',
    );
  }
  return parts.join('\n');
}

/** inventory.yaml: each server's VIO servers (ids 1, 2) and the partitions whose home it is. */
export function inventoryText(resources, nodes) {
  const lines = ['# Synthetic benchmark inventory written by bench/generate.mjs', 'servers:'];
  for (let k = 0; k < nodes; k++) {
    const [a, b] = viosNames(k);
    const partitions = [`${nodeName(k)}: 3`];
    for (let r = k; r < resources; r += nodes) partitions.push(`${partitionName(r)}: ${partitionId(r)}`);
    lines.push(`  ${serverName(k)}:`, '    memoryRegionSize: 256', `    vioServers: { ${a}: 1, ${b}: 2 }`, `    partitions: { ${partitions.join(', ')} }`);
  }
  lines.push('nodes:', ...Array.from({ length: nodes }, (_, k) => `  ${nodeName(k)}: ${serverName(k)}`));
  return `${lines.join('\n')}\n`;
}

/** One event of the agent log (one or two lines): routine monitoring, a good online, or a failed one. */
function logEvent(rand, clock, resources, nodes) {
  const r = Math.floor(rand() * Math.max(resources, 1));
  const k = Math.floor(rand() * nodes);
  const at = (seconds) => {
    const d = new Date(Date.UTC(2024, 2, 5) + (clock.s + seconds) * 1000);
    return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1, 2)}/${pad(d.getUTCDate(), 2)} ${d.toISOString().slice(11, 19)}`;
  };
  clock.s += between(rand, 1, 90);
  const node = nodeName(k), server = serverName(k), name = partitionName(r), file = `/configfile/${profileFileName(r, k)}`;
  const roll = rand();
  if (roll < 0.6) return `${at(0)} VCS INFO V-16-10061-14001 (${node}) HostMonitor:VCShm:monitor:Updating System attribute with CPU usage = ${between(rand, 1, 99)}% and Swap usage = ${between(rand, 0, 9)}%.\n`;
  const online = `${at(0)} VCS INFO V-16-10011-22001 (${node}) LPAR:${name}_res:online:Bringing partition ${name} online on ${server} through HMC hmc01\n` +
    `${at(1)} VCS INFO V-16-10011-22010 (${node}) LPAR:${name}_res:online:Partition ${name} is not defined on ${server}; creating it and its VIOS mappings from ProfileFile ${file}\n`;
  if (roll < 0.95) return online;
  const wrong = viosNames((k + 1) % nodes)[0];
  return online +
    `${at(5)} VCS ERROR V-16-10011-22012 (${node}) LPAR:${name}_res:online:Could not create partition ${name} on ${server} from ${file}; HMC hmc01 returned:\n` +
    `HSCL8012 The partition named ${wrong} was not found.\n` +
    `${at(5)} VCS ERROR V-16-2-13066 Thread(4146068336) Agent is calling clean for resource(${name}_res) because the resource is not up even after online completed.\n` +
    `${at(6)} VCS INFO V-16-10011-22030 (${node}) LPAR:${name}_res:clean:Partition ${name} is not defined on ${server}; nothing to clean\n`;
}

/** Writes an LPAR_A.log of whole events until it holds at least `bytes` bytes; streamed, not held. */
export async function writeLog(path, bytes, { seed, resources, nodes }) {
  const rand = mulberry32(seed ^ 0x10c);
  const clock = { s: 0 };
  const out = createWriteStream(path);
  let written = 0;
  while (written < bytes) {
    let chunk = '';
    while (chunk.length < 1 << 20 && written + chunk.length < bytes) chunk += logEvent(rand, clock, resources, nodes);
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Writes the whole workload under `out`; see the top of this file. */
export async function generate({ out, files, resources = Math.floor(files / 4), nodes = 4, logMb = 0, seed = 1 }) {
  if (!(nodes >= 1 && files >= 0 && resources >= 0)) throw new Error('--files, --resources and --nodes must be whole numbers, --nodes at least 1');
  if (resources * nodes > files) throw new Error(`--resources ${resources} on --nodes ${nodes} needs at least ${resources * nodes} --files`);
  const dir = join(out, 'configfile');
  mkdirSync(dir, { recursive: true });
  const rand = mulberry32(seed);
  for (let i = 0; i < files; i++) {
    const r = Math.floor(i / nodes), k = i % nodes;
    writeFileSync(join(dir, profileFileName(r, k)), profileText(rand, r, k));
  }
  writeFileSync(join(out, 'main.cf'), mainCfText(resources, nodes));
  writeFileSync(join(out, 'inventory.yaml'), inventoryText(resources, nodes));
  if (logMb > 0) await writeLog(join(out, 'LPAR_A.log'), logMb * 1024 * 1024, { seed, resources: Math.max(resources, 1), nodes });
}

function parseArgs(argv) {
  const names = { '--out': 'out', '--files': 'files', '--resources': 'resources', '--nodes': 'nodes', '--log-mb': 'logMb', '--seed': 'seed' };
  const options = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = names[argv[i]];
    if (!key || argv[i + 1] === undefined) throw new Error(`unknown or incomplete option ${argv[i]}; usage: --out DIR --files N [--resources R] [--nodes K] [--log-mb M] [--seed S]`);
    options[key] = key === 'out' ? argv[i + 1] : Number(argv[i + 1]);
    if (key !== 'out' && !Number.isInteger(options[key])) throw new Error(`${argv[i]} needs a whole number`);
  }
  if (!options.out || options.files === undefined) throw new Error('--out DIR and --files N are required');
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await generate(parseArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(`generate: ${error.message}`);
    process.exitCode = 2;
  }
}
