import TextField from '@material-ui/core/TextField';
import { ChangeEvent } from 'react';

/** A small outlined native select of `choices`, each shown by its label. */
export function ChoiceSelect<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  choices: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
}) {
  const { id, label, value, choices, labels, onChange } = props;
  return (
    <TextField
      id={id}
      select
      label={label}
      value={value}
      onChange={(event: ChangeEvent<HTMLInputElement>) =>
        onChange(event.target.value as T)
      }
      SelectProps={{ native: true }}
      variant="outlined"
      size="small"
      style={{ minWidth: 180 }}
    >
      {choices.map(choice => (
        <option key={choice} value={choice}>
          {labels[choice]}
        </option>
      ))}
    </TextField>
  );
}
