/**
 * Which attributes `lparlint generate` copies from the two saved `lssyscfg` outputs, following the
 * Veritas procedure "Providing logical partition (LPAR) failover with live migration" (fixtures/seed,
 * README "What a profile file is").
 *
 * The procedure gives two field lists (its steps 2 and 3) and a worked example (its steps 1 to 5
 * for lpar05, whose result is fixtures/seed/lpar05_on_physical_server_01.cfg). The example does not
 * follow the lists word for word, and the example is what the vendor shows working, so where they
 * differ the example decides:
 *
 * - `affinity_group_id`: the step-2 list names it for the partition part, the step-3 list does not
 *   name it, yet the example (step 2's result) leaves it out of the partition part and (step 4's
 *   result) keeps the profile's copy. The affinity group is a profile setting that the partition
 *   output repeats, so it is taken from the profile. Step 2 still asks for it, so when the profile
 *   output lacks it (an older HMC), the partition's copy is taken instead: see
 *   PARTITION_FALLBACK_FIELDS.
 * - `boot_mode`: the step-2 list names it, the step-3 list does not, but the example keeps it in
 *   both parts, with the same value. Both copies are kept, as in the example.
 * - `auto_start`, `power_ctrl_lpar_ids` and `work_group_id` are in both lists, so in both parts,
 *   as in the example.
 * - Where the lists fall short: an attribute of both parts can differ between the two outputs when
 *   the profile is not the one the partition last ran with (`boot_mode=sms` in a maintenance
 *   profile). Repeated with different values it is an error (the HMC's choice is undocumented), so
 *   then only the profile's copy is kept: the file re-creates the partition with this profile.
 * - The profile output's `lpar_name`, `lpar_id` and `lpar_env` are in neither the step-3 list nor
 *   the example: the partition part already names the partition.
 *
 * The attributes of each part keep the order in which lssyscfg prints them, which is the order of
 * the example (the step-3 list itself differs from it where `affinity_group_id` and `boot_mode`
 * sit). Read-only state (`state`, `os_version`, `curr_profile`, ...) is in no list: partition
 * creation rejects it (hmc-attributes.md §3).
 */

/** Step 2 of the procedure: the fields kept from `lssyscfg -r lpar`, less `affinity_group_id` (above). */
export const PARTITION_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'lpar_id',
  'lpar_env',
  'work_group_id',
  'shared_proc_pool_util_auth',
  'allow_perf_collection',
  'power_ctrl_lpar_ids',
  'boot_mode',
  'auto_start',
  'redundant_err_path_reporting',
  'time_ref',
  'lpar_avail_priority',
  'suspend_capable',
  'remote_restart_capable',
]);

/** Step-2 fields taken from the partition output only when the profile output lacks them (above). */
export const PARTITION_FALLBACK_FIELDS: ReadonlySet<string> = new Set(['affinity_group_id']);

/** The profile output's key that step 4 renames: in `lssyscfg -r prof` output, `name` is the profile's. */
export const PROFILE_NAME_KEY = 'name';
export const PROFILE_NAME_RENAMED = 'profile_name';

/**
 * Step 3 of the procedure: the fields kept from `lssyscfg -r prof`, plus the example's two (above);
 * its first field, `name`, is copied renamed (PROFILE_NAME_KEY).
 */
export const PROFILE_FIELDS: ReadonlySet<string> = new Set([
  'all_resources',
  'min_mem',
  'desired_mem',
  'max_mem',
  'mem_mode',
  'mem_expansion',
  'hpt_ratio',
  'proc_mode',
  'min_procs',
  'desired_procs',
  'max_procs',
  'sharing_mode',
  'io_slots',
  'lpar_io_pool_ids',
  'max_virtual_slots',
  'virtual_serial_adapters',
  'virtual_scsi_adapters',
  'virtual_eth_adapters',
  'vtpm_adapters',
  'virtual_fc_adapters',
  'hca_adapters',
  'conn_monitoring',
  'auto_start',
  'power_ctrl_lpar_ids',
  'work_group_id',
  'bsr_arrays',
  'lhea_logical_ports',
  'lhea_capabilities',
  'lpar_proc_compat_mode',
  // Not in the step-3 list, kept by the worked example's step 4:
  'affinity_group_id',
  'boot_mode',
]);

/**
 * Where the procedure falls short: its lists and example are for a partition with dedicated
 * processors. A shared-processor partition (`proc_mode=shared`) is sized by its processing units
 * and draws from a shared pool; without these the HMC would create it with other entitlement or in
 * the default pool (hmc-attributes.md §2.3, §2.6 item 3; the processor-mode rule requires the units).
 */
export const SHARED_PROCESSOR_FIELDS: ReadonlySet<string> = new Set([
  'min_proc_units',
  'desired_proc_units',
  'max_proc_units',
  'uncap_weight',
  'shared_proc_pool_id',
  'shared_proc_pool_name',
]);
