import { describe, expect, it } from 'vitest';
import { mixtureSteps, toolForVolume } from './measuring-tool.js';

describe('toolForVolume: the smallest tool that holds the amount in one go', () => {
  it.each([
    [0.02, 'oral_syringe', 1],
    [0.6, 'oral_syringe', 1],
    [1, 'oral_syringe', 1],
    [1.2, 'oral_syringe', 3],
    [3, 'oral_syringe', 3],
    [4.5, 'oral_syringe', 5],
    [10, 'oral_syringe', 10],
    [10.5, 'measuring_cylinder', 25],
    [45, 'measuring_cylinder', 50],
    [100, 'measuring_cylinder', 100],
    [250, 'measuring_cylinder', 250],
    [500, 'measuring_cylinder', 500],
    [1000, 'measuring_cylinder', 1000],
  ] as const)('%s mL: %s of %s mL', (ml, tool, capacityMl) => {
    expect(toolForVolume(ml)).toEqual({ tool, capacityMl });
  });

  it('0.1 + 0.2 mL (floating point above 0.3) still fits a 3 mL syringe, and exactly 1 mL a 1 mL one', () => {
    expect(toolForVolume(0.1 + 0.2)).toEqual({ tool: 'oral_syringe', capacityMl: 1 });
    expect(toolForVolume(0.7 + 0.1 + 0.2)).toEqual({ tool: 'oral_syringe', capacityMl: 1 });
  });
});

describe('mixtureSteps: mix, draw up, discard', () => {
  it('a small dose: draw up the dose with a 1 mL syringe, the water with a 100 mL cylinder', () => {
    expect(mixtureSteps({ suspendTabletMg: 0.5, mixVolumeMl: 100, takeMl: 0.6, discardMl: 99.4 })).toEqual({
      tabletMg: 0.5,
      waterMl: 100,
      waterTool: { tool: 'measuring_cylinder', capacityMl: 100 },
      draw: { action: 'take', ml: 0.6, tool: { tool: 'oral_syringe', capacityMl: 1 } },
      takeMl: 0.6,
      discardMl: 99.4,
    });
  });

  it('take 91.6 mL, discard 8.4 mL: draw up the 8.4 mL with a 10 mL syringe and discard it', () => {
    const steps = mixtureSteps({ suspendTabletMg: 1, mixVolumeMl: 100, takeMl: 91.6, discardMl: 8.4 });
    expect(steps.draw).toEqual({ action: 'discard', ml: 8.4, tool: { tool: 'oral_syringe', capacityMl: 10 } });
  });

  it('take 45 mL, discard 55 mL: both beyond a syringe, the dose is measured in a cylinder', () => {
    const steps = mixtureSteps({ suspendTabletMg: 1, mixVolumeMl: 100, takeMl: 45, discardMl: 55 });
    expect(steps.draw).toEqual({ action: 'take', ml: 45, tool: { tool: 'measuring_cylinder', capacityMl: 50 } });
  });

  it('take all of it (nothing to discard): the dose is the whole mixture', () => {
    const steps = mixtureSteps({ suspendTabletMg: 1, mixVolumeMl: 200, takeMl: 200, discardMl: 0 });
    expect(steps.draw).toEqual({ action: 'take', ml: 200, tool: { tool: 'measuring_cylinder', capacityMl: 250 } });
  });
});
