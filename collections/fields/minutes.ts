import type { NumberField } from 'payload'

import { minutesProblem } from '@/core/rules/timing'
import { refusalLanguage } from '@collections/hooks/language'

/** Whole positive minutes, validated by the same rule the timing module applies. */
export function minutesField(overrides: Partial<Omit<NumberField, 'type'>> = {}): NumberField {
  return {
    name: 'minutes',
    type: 'number',
    label: { es: 'Minutos', en: 'Minutes' },
    required: true,
    min: 1,
    validate: (value: unknown, { req }: { req?: Parameters<typeof refusalLanguage>[0] } = {}) => minutesProblem(value, refusalLanguage(req)) ?? true,
    admin: { step: 1, width: '120px' } as NumberField['admin'],
    ...overrides,
  } as NumberField
}
