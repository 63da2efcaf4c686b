import { valueForSystem, type ClusterConfig } from '../src/cluster/model.js';
import type { ClusterRuleContext, ProfileResolution } from '../src/lint/cluster-rule.js';
import { defineClusterRule } from '../src/lint/cluster-rule.js';

/**
 * A node that may run the LPAR needs a ProfileFile of its own: live migration deletes the profile
 * and the VIOS mappings on the source server, and VCS re-creates them from this file on failback
 * (InfoScale 7.3 AIX Virtualization Guide, ch07s05; ch05s05: the file must exist on the other
 * management LPARs). Findings point into main.cf, where the attribute is set.
 */
export default defineClusterRule({
  meta: {
    id: 'profile-file',
    description: 'A node in the group\'s SystemList has no ProfileFile, or its file is missing or unreadable.',
    severity: 'error',
  },
  check(context) {
    const config = context.config;
    if (!config) return;
    const where = { path: config.path };
    if (config.lparResources.length === 0) {
      context.report(where, {
        message: 'main.cf defines no LPAR resource, so there is no ProfileFile to audit; expected resources of type LPAR (LPAR <name> ( LPARName = ... ))',
        attribute: null,
        span: { start: 0, end: 0 },
        severity: 'warning',
        suggestion: 'Give the main.cf of the cluster that runs the LPAR resources: /etc/VRTSvcs/conf/config/main.cf on a cluster node.',
      });
      return;
    }
    for (const r of context.resolutions) {
      const name = r.resource.name;
      if (!r.profileFile) {
        context.report(where, {
          message: `LPAR resource ${name} has no ProfileFile for ${r.node}; expected one per node, so VCS can re-create ${lpar(r)} on ${r.node} after a live migration`,
          attribute: 'ProfileFile',
          span: r.resource.span,
          suggestion: `Create the file on ${r.node} (${serverText(r)}) as the procedure describes, then: ${localize(r)}hares -modify ${name} ProfileFile /configfile/${lpar(r)}_on_${r.serverName ?? '<server>'}.cfg -sys ${r.node}`,
        });
        const remove = valueForSystem(r.resource.removeProfileOnOffline, r.node);
        if (remove?.value === 1) {
          // ch07s05: VCS deletes the configuration on offline only where ProfileFile is configured.
          context.report(where, {
            message: `RemoveProfileOnOffline = 1 in ${name} does nothing on ${r.node}, which has no ProfileFile: VCS deletes and re-creates ${lpar(r)}'s configuration and VIOS mappings only on nodes with a ProfileFile; expected a ProfileFile for ${r.node}`,
            attribute: 'RemoveProfileOnOffline',
            span: remove.span,
            suggestion: `Give ${r.node} a ProfileFile, or set RemoveProfileOnOffline@${r.node} = 0`,
          });
        }
        continue;
      }
      if (r.readError !== undefined) {
        context.report(where, {
          message: `ProfileFile of ${name} for ${r.node} is ${r.profileFile.value}${r.path === r.profileFile.value ? '' : `, read as ${r.path}`}: ${r.readError}; expected a readable profile file`,
          attribute: 'ProfileFile',
          span: r.profileFile.span,
          suggestion: `Create the file as the procedure describes, or map the cluster path to your copy with --path-map ${dirOf(r.profileFile.value)}=<folder>`,
        });
      }
    }
    reportSharedGlobalFiles(context, config);
  },
});

/**
 * One global ProfileFile for several nodes is the mistake the procedure warns about: VIO server
 * names and adapter ids differ per physical server. `node-copy` says so again when both copies
 * are read; this finding points at the attribute to localize.
 */
function reportSharedGlobalFiles(context: ClusterRuleContext, config: ClusterConfig): void {
  const seen = new Set<string>();
  for (const r of context.resolutions) {
    const global = r.resource.profileFile.global;
    if (!global || r.profileFile !== global || seen.has(r.resource.name)) continue;
    const nodes = context.resolutions.filter((o) => o.resource === r.resource && o.profileFile === global).map((o) => o.node);
    if (nodes.length < 2) continue;
    seen.add(r.resource.name);
    context.report(
      { path: config.path },
      {
        message: `ProfileFile of ${r.resource.name} is one global value for ${nodes.join(', ')}; expected a file per node, because VIO server names and adapter ids differ per physical server`,
        attribute: 'ProfileFile',
        span: global.span,
        severity: 'warning',
        suggestion: `hares -local ${r.resource.name} ProfileFile, then hares -modify ${r.resource.name} ProfileFile <file> -sys <node> for each of ${nodes.join(', ')}`,
      },
    );
  }
}

function lpar(r: ProfileResolution): string {
  return r.resource.lparName?.value ?? r.resource.name;
}

/** `hares -modify ... -sys` needs a localized attribute: `hares -local` first when no node has its own file. */
function localize(r: ProfileResolution): string {
  return r.resource.profileFile.bySystem.size === 0 ? `hares -local ${r.resource.name} ProfileFile, then ` : '';
}

function serverText(r: ProfileResolution): string {
  return r.serverName ? `physical server ${r.serverName}` : 'its physical server';
}

function dirOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at > 0 ? path.slice(0, at) : '/';
}
