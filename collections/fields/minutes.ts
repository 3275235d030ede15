import type { NumberField } from 'payload'

import { minutesProblem } from '@/core/rules/timing'

/** Whole positive minutes, validated by the same rule the timing module applies. */
export function minutesField(overrides: Partial<Omit<NumberField, 'type'>> = {}): NumberField {
  return {
    name: 'minutes',
    type: 'number',
    label: { es: 'Minutos', en: 'Minutes' },
    required: true,
    min: 1,
    validate: (value: unknown) => minutesProblem(value) ?? true,
    admin: { step: 1, width: '120px' } as NumberField['admin'],
    ...overrides,
  } as NumberField
}
