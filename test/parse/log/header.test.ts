import { describe, expect, it } from 'vitest';
import { parseLogLine } from '../../../src/parse/log/header.js';

describe('parseLogLine', () => {
  it('reads a synthetic LPAR agent line with Thread(): every field, and the text with its colons', () => {
    expect(
      parseLogLine(
        '2024/03/05 10:15:42 VCS ERROR V-16-10011-1012 Thread(4146068336) LPAR:lpar05_res:online:Failed to create LPAR lpar05 on physical_server_02: HSCL8012 The partition named vio_server2 was not found.',
      ),
    ).toEqual({
      time: '2024/03/05 10:15:42',
      timestamp: Date.UTC(2024, 2, 5, 10, 15, 42),
      severity: 'ERROR',
      umi: 'V-16-10011-1012',
      thread: '4146068336',
      agentType: 'LPAR',
      resource: 'lpar05_res',
      entryPoint: 'online',
      text: 'Failed to create LPAR lpar05 on physical_server_02: HSCL8012 The partition named vio_server2 was not found.',
    });
  });

  it('reads an engine line (documented example): no thread, system or agent fields', () => {
    expect(parseLogLine('2003/02/10 16:08:09 VCS INFO V-16-1-10077 received new cluster membership.')).toEqual({
      time: '2003/02/10 16:08:09',
      timestamp: Date.UTC(2003, 1, 10, 16, 8, 9),
      severity: 'INFO',
      umi: 'V-16-1-10077',
      text: 'received new cluster membership.',
    });
  });

  it('does not read engine text that holds colons and blanks as an agent header (documented example)', () => {
    const header = parseLogLine(
      '2007/09/14 11:57:00 VCS INFO V-16-1-10304 Resource Mount_anlab_ora05data01 (Owner: unknown, Group: ANLAB) is offline on duck (First probe)',
    );
    expect(header).toMatchObject({ severity: 'INFO', umi: 'V-16-1-10304' });
    expect(header?.agentType).toBeUndefined();
    expect(header?.text).toBe('Resource Mount_anlab_ora05data01 (Owner: unknown, Group: ANLAB) is offline on duck (First probe)');
  });

  it('reads the old agent form without Thread() (documented example)', () => {
    expect(parseLogLine('2003/02/23 10:38:23 VCS WARNING V-16-2-23331 Oracle:VRT:monitor:Open for ora_lgwr failed, setting cookie to null.')).toEqual({
      time: '2003/02/23 10:38:23',
      timestamp: Date.UTC(2003, 1, 23, 10, 38, 23),
      severity: 'WARNING',
      umi: 'V-16-2-23331',
      agentType: 'Oracle',
      resource: 'VRT',
      entryPoint: 'monitor',
      text: 'Open for ora_lgwr failed, setting cookie to null.',
    });
  });

  it('reads a framework message with Thread() and no agent header (documented example)', () => {
    expect(
      parseLogLine(
        '2012/08/15 13:34:44 VCS ERROR V-16-2-13067 Thread(4146068336) Agent is calling clean for resource(MQ1) because the resource became OFFLINE unexpectedly, on its own.',
      ),
    ).toEqual({
      time: '2012/08/15 13:34:44',
      timestamp: Date.UTC(2012, 7, 15, 13, 34, 44),
      severity: 'ERROR',
      umi: 'V-16-2-13067',
      thread: '4146068336',
      text: 'Agent is calling clean for resource(MQ1) because the resource became OFFLINE unexpectedly, on its own.',
    });
  });

  it('reads the (<sys>) form of agent messages relayed to the engine log', () => {
    expect(
      parseLogLine('2024/03/05 10:15:42 VCS ERROR V-16-10011-1012 (lpar201) LPAR:lpar05_res:online:Failed to create LPAR lpar05'),
    ).toMatchObject({ system: 'lpar201', agentType: 'LPAR', resource: 'lpar05_res', entryPoint: 'online', text: 'Failed to create LPAR lpar05' });
    expect(parseLogLine('2012/08/15 13:34:44 VCS ERROR V-16-2-13067 (sysA) Agent is calling clean for resource(MQ1)')).toMatchObject({
      system: 'sysA',
      text: 'Agent is calling clean for resource(MQ1)',
    });
  });

  it('reads the HostMonitor and NotifierMngr examples as agent messages, keeping "=", "%" and "|" in the text', () => {
    expect(
      parseLogLine('2013/05/31 23:07:36 VCS INFO V-16-10061-14001 HostMonitor:VCShm:monitor:Updating System attribute with CPU usage = 8% and Swap usage = 2%.'),
    ).toMatchObject({ agentType: 'HostMonitor', resource: 'VCShm', entryPoint: 'monitor', text: 'Updating System attribute with CPU usage = 8% and Swap usage = 2%.' });
    expect(parseLogLine('2004/03/02 16:34:07 VCS WARNING V-16-10051-5008 NotifierMngr:ntfr:monitor:Expected correct SNMP and | or SMTP options')).toMatchObject({
      agentType: 'NotifierMngr',
      resource: 'ntfr',
      text: 'Expected correct SNMP and | or SMTP options',
    });
  });

  it('ignores a CR before the line end', () => {
    expect(parseLogLine('2024/03/05 10:15:44 VCS INFO V-16-10011-1020 Thread(1) LPAR:lpar05_res:clean:done\r')).toMatchObject({
      entryPoint: 'clean',
      text: 'done',
    });
  });

  it('reads a line that ends after the UMI as a message without text', () => {
    expect(parseLogLine('2024/03/05 10:15:43 VCS ERROR V-16-10011-1012')).toMatchObject({ umi: 'V-16-10011-1012', text: '' });
  });

  it.each([
    ['a truncated time', '2024/03/05 10:15'],
    ['no UMI', '2024/03/05 10:15:43 VCS ERR'],
    ['a truncated UMI', '2024/03/05 10:15:43 VCS ERROR V-16-10011'],
    ['a UMI run into the text', '2024/03/05 10:15:43 VCS ERROR V-16-10011-1012x text'],
    ['a UMI of another originator', '2024/03/05 10:15:43 VCS ERROR V-5-1-2 text'],
    ['another mnemonic', '2024/03/05 10:15:43 VxVM ERROR V-16-1-2 text'],
    ['February 30', '2024/02/30 10:15:43 VCS ERROR V-16-10011-1012 text'],
    ['month 13', '2024/13/01 10:15:43 VCS ERROR V-16-10011-1012 text'],
    ['hour 24', '2024/03/05 24:00:00 VCS ERROR V-16-10011-1012 text'],
    ['the locale-formatted time of the agent developer guide', 'Jun 26 2003 11:32:56 VCS ERROR V-16-2001-14001 FileOnOff:MyFile:online:text'],
    ['indented', ' 2024/03/05 10:15:43 VCS ERROR V-16-10011-1012 text'],
    ['an HMC message', 'HSCL8012 The partition named vio_server2 was not found.'],
    ['binary garbage', 'garbage \u0000\uFFFD\uFFFD end'],
    ['an empty line', ''],
  ])('does not read %s as a message', (_, line) => {
    expect(parseLogLine(line)).toBeUndefined();
  });

  it('reads the fields of a 100 KB line in linear time, also when the line is built to defeat a backtracking regex', () => {
    const long = `2024/03/05 10:15:42 VCS ERROR V-16-10011-1012 Thread(1) LPAR:lpar05_res:online:${'x:'.repeat(50_000)}`;
    const hostile = `2024/03/05 10:15:42 VCS ERROR V-16-10011-1012 ${'Thread(('.repeat(10_000)}${'a:'.repeat(40_000)}`;
    const started = performance.now();
    expect(parseLogLine(long)?.text).toHaveLength(100_000);
    expect(parseLogLine(hostile)?.agentType).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(250);
  });
});
