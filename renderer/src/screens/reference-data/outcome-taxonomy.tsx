// The outcome taxonomy tab: groups in order, each with its outcomes (name, direction, description);
// groups and outcomes added, renamed, reordered, moved between groups and deleted in place.
import { useState } from 'react';
import { formatCount } from '../../../../shared/format';
import type { ReferenceData } from '../../../../shared/model/library';
import { OutcomeDomainEditSchema, OutcomeGroupEditSchema } from '../../../../shared/model/reference-editing';
import { Checkbox, RadioGroup, SelectField, TextField } from '../../components/form-controls';
import { Notice } from '../../components/states';
import { useReferenceData } from '../../data/app-data';
import { controlId, textFrom, useDisclosure } from '../study-editing/form-support';
import { ReferenceForm, type ReferenceEditing, RowError, useRowAction } from './reference-editing';

type Group = ReferenceData['outcomeGroups'][number];
type Domain = ReferenceData['outcomeDomains'][number];

const directionText = (higherIsBetter: boolean) => (higherIsBetter ? 'Higher is better' : 'Lower is better');

/** The direction in words, with an arrow that only repeats them. */
export function Direction({ higherIsBetter }: { higherIsBetter: boolean }) {
  return (
    <span className={`direction direction--${higherIsBetter ? 'up' : 'down'}`}>
      <span aria-hidden="true">{higherIsBetter ? '↑ ' : '↓ '}</span>
      {directionText(higherIsBetter)}
    </span>
  );
}

const GROUP_LABELS = { name: 'Group name' };

function GroupForm({ edit, group, onClose }: { edit: ReferenceEditing; group?: Group; onClose: () => void }) {
  const prefix = group === undefined ? 'group-new' : `group-${group.id}`;
  const [name, setName] = useState(group?.name ?? '');
  return (
    <ReferenceForm
      edit={edit}
      prefix={prefix}
      title={group === undefined ? 'Add an outcome group' : `Rename the group “${group.name}”`}
      labels={GROUP_LABELS}
      method="outcome-groups/save"
      schema={OutcomeGroupEditSchema}
      build={() => ({ ...(group === undefined ? {} : { id: group.id }), name, by: edit.actor.by })}
      saved={() =>
        group === undefined ? `Added the outcome group “${name.trim()}”.` : `Renamed to “${name.trim()}”.`
      }
      saveLabel={group === undefined ? 'Add group' : 'Save name'}
      onClose={onClose}
    >
      {(errorOf) => (
        <TextField
          id={controlId(prefix, 'name')}
          label={GROUP_LABELS.name}
          value={name}
          onChange={setName}
          error={errorOf('name')}
        />
      )}
    </ReferenceForm>
  );
}

const DOMAIN_LABELS = {
  name: 'Outcome name',
  groupId: 'Group',
  description: 'Description',
  higherIsBetter: 'Direction',
  switchResults: 'Results',
};

function DomainForm({
  edit,
  groupId,
  domain,
  onClose,
}: {
  edit: ReferenceEditing;
  groupId: string;
  domain?: Domain;
  onClose: () => void;
}) {
  const reference = useReferenceData();
  const prefix = domain === undefined ? `domain-new-${groupId}` : `domain-${domain.id}`;
  const [name, setName] = useState(domain?.name ?? '');
  const [group, setGroup] = useState(domain?.groupId ?? groupId);
  const [description, setDescription] = useState(domain?.description ?? '');
  const [higher, setHigher] = useState<'higher' | 'lower' | ''>(
    domain === undefined ? '' : domain.higherIsBetter ? 'higher' : 'lower',
  );
  const [switchResults, setSwitchResults] = useState(false);
  const turned = domain !== undefined && higher !== '' && (higher === 'higher') !== domain.higherIsBetter;
  return (
    <ReferenceForm
      edit={edit}
      prefix={prefix}
      title={domain === undefined ? 'Add an outcome' : `Edit the outcome “${domain.name}”`}
      labels={DOMAIN_LABELS}
      method="outcome-domains/save"
      schema={OutcomeDomainEditSchema}
      build={() => ({
        ...(domain === undefined ? {} : { id: domain.id }),
        groupId: group,
        name,
        description: textFrom(description),
        // Left unchosen, the schema refuses it and the form says so next to the radios.
        higherIsBetter: (higher === '' ? undefined : higher === 'higher') as boolean,
        switchResults: turned && switchResults,
        by: edit.actor.by,
      })}
      saved={(value) =>
        `${domain === undefined ? 'Added' : 'Saved'} the outcome “${name.trim()}”.` +
        (value.switchedResults > 0
          ? ` ${formatCount(value.switchedResults, 'outcome result')} now read “${directionText(higher === 'higher').toLowerCase()}”.`
          : '')
      }
      saveLabel={domain === undefined ? 'Add outcome' : 'Save outcome'}
      onClose={onClose}
    >
      {(errorOf) => (
        <>
          <TextField
            id={controlId(prefix, 'name')}
            label={DOMAIN_LABELS.name}
            value={name}
            onChange={setName}
            error={errorOf('name')}
            hint="Unique within its group, e.g. “Proven re-offending”."
          />
          {domain !== undefined && (
            <SelectField
              id={controlId(prefix, 'groupId')}
              label={DOMAIN_LABELS.groupId}
              value={group}
              onChange={setGroup}
              options={reference.outcomeGroups.map((g) => ({ value: g.id, label: g.name }))}
              error={errorOf('groupId')}
            />
          )}
          <RadioGroup
            id={controlId(prefix, 'higherIsBetter')}
            legend={DOMAIN_LABELS.higherIsBetter}
            name={`${prefix}-direction`}
            value={higher}
            options={[
              { value: 'higher', label: 'Higher is better (e.g. attendance)' },
              { value: 'lower', label: 'Lower is better (e.g. re-offending)' },
            ]}
            onChange={(v) => setHigher(v as 'higher' | 'lower')}
            error={errorOf('higherIsBetter')}
            hint="Effects are turned so that a positive effect is always a beneficial one."
          />
          {turned && (
            <Notice tone="warning" title="Changing the direction changes the evidence">
              <p>
                Pooled effects of this outcome are translated into rates with its direction. Each outcome
                result keeps its own direction, which turns its effect: switch the results recorded as “
                {directionText(domain.higherIsBetter).toLowerCase()}” too if they were recorded with the old
                direction by mistake.
              </p>
              <Checkbox
                id={controlId(prefix, 'switchResults')}
                label={`Also switch this outcome's results recorded as “${directionText(domain.higherIsBetter).toLowerCase()}”`}
                checked={switchResults}
                onChange={setSwitchResults}
              />
            </Notice>
          )}
          <TextField
            id={controlId(prefix, 'description')}
            label={DOMAIN_LABELS.description}
            value={description}
            onChange={setDescription}
            error={errorOf('description')}
            multiline
            hint="Optional: what counts as this outcome."
          />
        </>
      )}
    </ReferenceForm>
  );
}

function DomainRow({
  edit,
  domain,
  index,
  siblings,
}: {
  edit: ReferenceEditing;
  domain: Domain;
  index: number;
  siblings: number;
}) {
  const {
    open: editingOpen,
    show: showEditing,
    close: closeEditing,
    opener: editingOpener,
  } = useDisclosure();
  const action = useRowAction(edit);
  const id = (what: string) => `domain-${domain.id}-${what}`;
  const move = (position: number, first: string, second: string) =>
    void action.run(
      domain.id,
      'outcome-domains/move',
      { id: domain.id, groupId: domain.groupId, position, by: edit.actor.by },
      `Moved “${domain.name}” to place ${position + 1}.`,
      [id(first), id(second)],
    );
  const error = action.errorFor(domain.id);
  return (
    <>
      <tr>
        <th scope="row">{domain.name}</th>
        <td>
          <Direction higherIsBetter={domain.higherIsBetter} />
        </td>
        <td className="ref-description">{domain.description ?? <span className="muted">—</span>}</td>
        {!edit.readOnly && (
          <td className="ref-actions">
            <button
              type="button"
              id={id('edit')}
              className="button button--small"
              ref={editingOpener}
              aria-expanded={editingOpen}
              onClick={showEditing}
            >
              Edit<span className="visually-hidden"> {domain.name}</span>
            </button>
            <button
              type="button"
              id={id('up')}
              className="button button--small button--quiet"
              disabled={index === 0 || action.pending}
              onClick={() => move(index - 1, 'up', 'down')}
            >
              <span className="visually-hidden">Move {domain.name} </span>
              Up
            </button>
            <button
              type="button"
              id={id('down')}
              className="button button--small button--quiet"
              disabled={index === siblings - 1 || action.pending}
              onClick={() => move(index + 1, 'down', 'up')}
            >
              <span className="visually-hidden">Move {domain.name} </span>
              Down
            </button>
            <button
              type="button"
              id={id('delete')}
              className="button button--small button--quiet"
              disabled={action.pending}
              onClick={() =>
                void action.run(
                  domain.id,
                  'outcome-domains/delete',
                  { id: domain.id, by: edit.actor.by },
                  `Deleted the outcome “${domain.name}”.`,
                )
              }
            >
              Delete<span className="visually-hidden"> {domain.name}</span>
            </button>
          </td>
        )}
      </tr>
      {(editingOpen || error !== null) && (
        <tr className="ref-row-detail">
          <td colSpan={4}>
            <RowError message={error} />
            {editingOpen && (
              <DomainForm edit={edit} groupId={domain.groupId} domain={domain} onClose={closeEditing} />
            )}
          </td>
        </tr>
      )}
    </>
  );
}

function GroupSection({
  edit,
  group,
  index,
  groups,
  domains,
}: {
  edit: ReferenceEditing;
  group: Group;
  index: number;
  groups: number;
  domains: Domain[];
}) {
  const {
    open: renamingOpen,
    show: showRenaming,
    close: closeRenaming,
    opener: renamingOpener,
  } = useDisclosure();
  const { open: addingOpen, show: showAdding, close: closeAdding, opener: addingOpener } = useDisclosure();
  const action = useRowAction(edit);
  const id = (what: string) => `group-${group.id}-${what}`;
  const move = (position: number, first: string, second: string) =>
    void action.run(
      group.id,
      'outcome-groups/move',
      { id: group.id, position, by: edit.actor.by },
      `Moved the group “${group.name}” to place ${position + 1}.`,
      [id(first), id(second)],
    );
  return (
    <section className="panel ref-group" aria-labelledby={id('title')}>
      <header className="ref-group__header">
        <h2 id={id('title')} className="ref-group__title">
          {group.name}{' '}
          <span className="muted ref-group__count">{formatCount(domains.length, 'outcome')}</span>
        </h2>
        {!edit.readOnly && (
          <div className="ref-actions">
            <button
              type="button"
              id={id('rename')}
              className="button button--small"
              ref={renamingOpener}
              aria-expanded={renamingOpen}
              onClick={showRenaming}
            >
              Rename<span className="visually-hidden"> the group {group.name}</span>
            </button>
            <button
              type="button"
              id={id('up')}
              className="button button--small button--quiet"
              disabled={index === 0 || action.pending}
              onClick={() => move(index - 1, 'up', 'down')}
            >
              <span className="visually-hidden">Move the group {group.name} </span>
              Up
            </button>
            <button
              type="button"
              id={id('down')}
              className="button button--small button--quiet"
              disabled={index === groups - 1 || action.pending}
              onClick={() => move(index + 1, 'down', 'up')}
            >
              <span className="visually-hidden">Move the group {group.name} </span>
              Down
            </button>
            <button
              type="button"
              id={id('delete')}
              className="button button--small button--quiet"
              disabled={action.pending}
              onClick={() =>
                void action.run(
                  group.id,
                  'outcome-groups/delete',
                  { id: group.id, by: edit.actor.by },
                  `Deleted the outcome group “${group.name}”.`,
                )
              }
            >
              Delete<span className="visually-hidden"> the group {group.name}</span>
            </button>
          </div>
        )}
      </header>
      <RowError message={action.errorFor(group.id)} />
      {renamingOpen && <GroupForm edit={edit} group={group} onClose={closeRenaming} />}
      {domains.length === 0 ? (
        <p className="muted">No outcomes in this group yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--compact ref-table ref-table--outcomes">
            <caption className="visually-hidden">Outcomes in {group.name}</caption>
            <thead>
              <tr>
                <th scope="col">Outcome</th>
                <th scope="col">Direction</th>
                <th scope="col">Description</th>
                {!edit.readOnly && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {domains.map((d, i) => (
                <DomainRow key={d.id} edit={edit} domain={d} index={i} siblings={domains.length} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!edit.readOnly &&
        (addingOpen ? (
          <DomainForm edit={edit} groupId={group.id} onClose={closeAdding} />
        ) : (
          <button
            type="button"
            className="button button--small ref-add"
            ref={addingOpener}
            aria-expanded={false}
            onClick={showAdding}
          >
            Add an outcome<span className="visually-hidden"> to {group.name}</span>
          </button>
        ))}
    </section>
  );
}

export function OutcomeTaxonomy({ edit }: { edit: ReferenceEditing }) {
  const reference = useReferenceData();
  const { open: addingOpen, show: showAdding, close: closeAdding, opener: addingOpener } = useDisclosure();
  return (
    <>
      <div className="ref-toolbar">
        <p className="ref-toolbar__lead">
          The outcomes evaluations measure, in groups. Each outcome knows its direction, so that effects can
          be turned to read “positive = beneficial”.
        </p>
        {!edit.readOnly && !addingOpen && (
          <button
            type="button"
            className="button"
            ref={addingOpener}
            aria-expanded={false}
            onClick={showAdding}
          >
            Add an outcome group
          </button>
        )}
      </div>
      {addingOpen && <GroupForm edit={edit} onClose={closeAdding} />}
      {reference.outcomeGroups.map((g, i) => (
        <GroupSection
          key={g.id}
          edit={edit}
          group={g}
          index={i}
          groups={reference.outcomeGroups.length}
          domains={reference.outcomeDomains.filter((d) => d.groupId === g.id)}
        />
      ))}
    </>
  );
}
