import fc from 'fast-check';

/** One attribute of a generated profile, in file order; `quoted` wraps the pair as the HMC does for lists. */
export interface GeneratedPair {
  readonly key: string;
  readonly value: string;
  readonly quoted: boolean;
}

/** The VIO servers of the seed example: a client adapter names the server and its partition id together. */
const VIOS = [
  { name: 'vio_server1', id: 2 },
  { name: 'vio_server2', id: 3 },
] as const;

/** Three values in order, min <= desired <= max, from `values`. */
function ordered(values: fc.Arbitrary<number>): fc.Arbitrary<[number, number, number]> {
  return fc.tuple(values, values, values).map((t) => t.sort((a, b) => a - b));
}

const processors = fc.oneof(
  fc.record({ mode: fc.constant('ded' as const), procs: ordered(fc.integer({ min: 1, max: 16 })), sharing: fc.constantFrom('keep_idle_procs', 'share_idle_procs', 'share_idle_procs_active', 'share_idle_procs_always') }),
  fc.record({ mode: fc.constant('shared' as const), procs: ordered(fc.integer({ min: 1, max: 16 })), sharing: fc.constantFrom('cap', 'uncap') }),
);

/** Client adapter lists whose slots are unique and lie in 2..max_virtual_slots-1, as the HMC requires. */
const adapters = fc.record({
  maxSlots: fc.integer({ min: 64, max: 1000 }),
  scsi: fc.integer({ min: 0, max: 3 }),
  fc: fc.integer({ min: 0, max: 3 }),
  eth: fc.integer({ min: 0, max: 3 }),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
}).chain((shape) =>
  fc
    .uniqueArray(fc.integer({ min: 2, max: shape.maxSlots - 1 }), { minLength: shape.scsi + shape.fc + shape.eth, maxLength: shape.scsi + shape.fc + shape.eth })
    .map((slots) => ({ ...shape, slots })),
);

function hex16(n: number): string {
  return `c05076${n.toString(16).padStart(10, '0')}`;
}

/** A profile file that the vendor procedure would produce for a healthy partition: no rule should report an error. */
export const validProfile: fc.Arbitrary<GeneratedPair[]> = fc
  .record({
    lparId: fc.integer({ min: 4, max: 200 }),
    name: fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/),
    mem: ordered(fc.integer({ min: 1, max: 64 }).map((n) => n * 256)),
    processors,
    adapters,
  })
  .map(({ lparId, name, mem, processors: p, adapters: a }) => {
    const pair = (key: string, value: string | number, quoted = false): GeneratedPair => ({ key, value: String(value), quoted });
    const slots = [...a.slots];
    const vios = (i: number) => VIOS[i % VIOS.length]!;
    const scsi = Array.from({ length: a.scsi }, (_, i) => `${slots.shift()}/client/${vios(i).id}/${vios(i).name}/${10 + i}/1`);
    const fcs = Array.from({ length: a.fc }, (_, i) => `""${slots.shift()}/client/${vios(i).id}/${vios(i).name}/${20 + i}/${hex16(a.seed * 8 + 2 * i)},${hex16(a.seed * 8 + 2 * i + 1)}/1""`);
    const eth = Array.from({ length: a.eth }, (_, i) => `${slots.shift()}/0/${i + 1}//0/0/ETHERNET0//all/none`);
    const list = (key: string, items: string[]) => (items.length === 0 ? pair(key, 'none') : pair(key, items.join(','), true));
    const procUnits =
      p.mode === 'shared'
        ? [pair('min_proc_units', (p.procs[0] * 0.5).toFixed(2)), pair('desired_proc_units', (p.procs[1] * 0.5).toFixed(2)), pair('max_proc_units', (p.procs[2] * 0.5).toFixed(2)), pair('uncap_weight', p.sharing === 'cap' ? 0 : 128)]
        : [];
    return [
      pair('name', name), pair('lpar_id', lparId), pair('lpar_env', 'aixlinux'), pair('work_group_id', 'none'),
      pair('shared_proc_pool_util_auth', 0), pair('allow_perf_collection', 0), pair('power_ctrl_lpar_ids', 'none'),
      pair('boot_mode', 'norm'), pair('auto_start', 0), pair('redundant_err_path_reporting', 0), pair('time_ref', 0),
      pair('lpar_avail_priority', 127), pair('suspend_capable', 0), pair('remote_restart_capable', 0), pair('profile_name', name),
      pair('all_resources', 0), pair('min_mem', mem[0]), pair('desired_mem', mem[1]), pair('max_mem', mem[2]), pair('mem_mode', 'ded'),
      pair('mem_expansion', '0.0'), pair('hpt_ratio', '1:64'), pair('proc_mode', p.mode), pair('min_procs', p.procs[0]),
      pair('desired_procs', p.procs[1]), pair('max_procs', p.procs[2]), ...procUnits, pair('sharing_mode', p.sharing),
      pair('affinity_group_id', 'none'), pair('io_slots', 'none'), pair('lpar_io_pool_ids', 'none'), pair('max_virtual_slots', a.maxSlots),
      pair('virtual_serial_adapters', '0/server/1/any//any/1,1/server/1/any//any/1', true), list('virtual_scsi_adapters', scsi),
      list('virtual_eth_adapters', eth), pair('vtpm_adapters', 'none'), list('virtual_fc_adapters', fcs), pair('hca_adapters', 'none'),
      pair('conn_monitoring', 1), pair('bsr_arrays', 0), pair('lhea_logical_ports', 'none'), pair('lhea_capabilities', 'none'),
      pair('lpar_proc_compat_mode', 'default'),
    ];
  });

/** The file text of generated pairs: one line, pairs joined by commas, list pairs in the HMC's pair quotes. */
export function renderProfile(pairs: readonly GeneratedPair[]): string {
  return `${pairs.map((p) => (p.quoted ? `"${p.key}=${p.value}"` : `${p.key}=${p.value}`)).join(',')}\n`;
}
