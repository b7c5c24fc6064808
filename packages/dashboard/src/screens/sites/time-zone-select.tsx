/** A time zone picker over the zones this browser knows (IANA names), keeping an unknown saved one. */
type TimeZoneSelectProps = { id: string; label: string; value: string; onChange: (zone: string) => void };

let zones: string[] | undefined;
function knownZones(): string[] {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return zones;
}

export function TimeZoneSelect({ id, label, value, onChange }: TimeZoneSelectProps) {
  const list = knownZones();
  const options = list.includes(value) ? list : [value, ...list];
  return (
    <div class="field field-time-zone">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {options.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </option>
        ))}
      </select>
    </div>
  );
}
