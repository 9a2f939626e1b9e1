// The approach types tab: the kinds of intervention (mentoring, sports diversion, …) with their
// descriptions, added, renamed and deleted in place.
import { useState } from 'react';
import type { ReferenceData } from '../../../../shared/model/library';
import { ApproachTypeEditSchema } from '../../../../shared/model/reference-editing';
import { TextField } from '../../components/form-controls';
import { useReferenceData } from '../../data/app-data';
import { controlId, textFrom, useDisclosure } from '../study-editing/form-support';
import { ReferenceForm, type ReferenceEditing, RowError, useRowAction } from './reference-editing';

type ApproachType = ReferenceData['approachTypes'][number];

const LABELS = { name: 'Name', description: 'Description' };

function ApproachTypeForm({
  edit,
  type,
  onClose,
}: {
  edit: ReferenceEditing;
  type?: ApproachType;
  onClose: () => void;
}) {
  const prefix = type === undefined ? 'approach-new' : `approach-${type.id}`;
  const [name, setName] = useState(type?.name ?? '');
  const [description, setDescription] = useState(type?.description ?? '');
  return (
    <ReferenceForm
      edit={edit}
      prefix={prefix}
      title={type === undefined ? 'Add an approach type' : `Edit the approach type “${type.name}”`}
      labels={LABELS}
      method="approach-types/save"
      schema={ApproachTypeEditSchema}
      build={() => ({
        ...(type === undefined ? {} : { id: type.id }),
        name,
        description: textFrom(description),
        by: edit.actor.by,
      })}
      saved={() => `${type === undefined ? 'Added' : 'Saved'} the approach type “${name.trim()}”.`}
      saveLabel={type === undefined ? 'Add approach type' : 'Save approach type'}
      onClose={onClose}
    >
      {(errorOf) => (
        <>
          <TextField
            id={controlId(prefix, 'name')}
            label={LABELS.name}
            value={name}
            onChange={setName}
            error={errorOf('name')}
            hint="Unique in the library, e.g. “Detached youth work”."
          />
          <TextField
            id={controlId(prefix, 'description')}
            label={LABELS.description}
            value={description}
            onChange={setDescription}
            error={errorOf('description')}
            multiline
            hint="Optional: what interventions of this type do."
          />
        </>
      )}
    </ReferenceForm>
  );
}

function ApproachTypeRow({ edit, type }: { edit: ReferenceEditing; type: ApproachType }) {
  const {
    open: editingOpen,
    show: showEditing,
    close: closeEditing,
    opener: editingOpener,
  } = useDisclosure();
  const action = useRowAction(edit);
  const error = action.errorFor(type.id);
  return (
    <>
      <tr>
        <th scope="row">{type.name}</th>
        <td className="ref-description">{type.description ?? <span className="muted">—</span>}</td>
        {!edit.readOnly && (
          <td className="ref-actions">
            <button
              type="button"
              className="button button--small"
              ref={editingOpener}
              aria-expanded={editingOpen}
              onClick={showEditing}
            >
              Edit<span className="visually-hidden"> {type.name}</span>
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              disabled={action.pending}
              onClick={() =>
                void action.run(
                  type.id,
                  'approach-types/delete',
                  { id: type.id, by: edit.actor.by },
                  `Deleted the approach type “${type.name}”.`,
                )
              }
            >
              Delete<span className="visually-hidden"> {type.name}</span>
            </button>
          </td>
        )}
      </tr>
      {(editingOpen || error !== null) && (
        <tr className="ref-row-detail">
          <td colSpan={3}>
            <RowError message={error} />
            {editingOpen && <ApproachTypeForm edit={edit} type={type} onClose={closeEditing} />}
          </td>
        </tr>
      )}
    </>
  );
}

export function ApproachTypes({ edit }: { edit: ReferenceEditing }) {
  const reference = useReferenceData();
  const { open: addingOpen, show: showAdding, close: closeAdding, opener: addingOpener } = useDisclosure();
  return (
    <>
      <div className="ref-toolbar">
        <p className="ref-toolbar__lead">
          The kinds of intervention the catalogue and the toolkit group programmes by.
        </p>
        {!edit.readOnly && !addingOpen && (
          <button
            type="button"
            className="button"
            ref={addingOpener}
            aria-expanded={false}
            onClick={showAdding}
          >
            Add an approach type
          </button>
        )}
      </div>
      {addingOpen && <ApproachTypeForm edit={edit} onClose={closeAdding} />}
      <div className="table-scroll">
        <table className="table table--compact ref-table">
          <caption className="visually-hidden">Approach types</caption>
          <thead>
            <tr>
              <th scope="col">Approach type</th>
              <th scope="col">Description</th>
              {!edit.readOnly && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {reference.approachTypes.map((t) => (
              <ApproachTypeRow key={t.id} edit={edit} type={t} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
