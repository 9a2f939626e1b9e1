// The outcome taxonomy tab: groups in order, each with its outcomes (name, direction, description);
// groups and outcomes added, renamed, reordered, moved between groups and deleted in place.
import { useState } from 'react';
import { formatCount } from '../../../../shared/format';
import type { ReferenceData } from '../../../../shared/model/library';
import { OutcomeDomainEditSchema, OutcomeGroupEditSchema } from '../../../../shared/model/reference-editing';
import { Checkbox, RadioGroup, SelectField, TextField } from '../../components/form-controls';
import { Notice } from '../../components/states';
import { useReferenceData } from '../../data/app-data';
import { outcomeOptionGroups } from '../../data/outcome-options';
import { textFrom, useDisclosure } from '../study-editing/form-support';
import { ReferenceForm, type ReferenceEditing, useRowAction } from './reference-editing';
import {
  ListToolbar,
  MoveButtons,
  ReferenceRow,
  ReferenceTable,
  RowButtons,
  RowError,
} from './reference-rows';

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
  const [name, setName] = useState(group?.name ?? '');
  return (
    <ReferenceForm
      edit={edit}
      prefix={group === undefined ? 'group-new' : `group-${group.id}`}
      noun={['an', 'outcome group']}
      current={group?.name}
      name={name}
      labels={GROUP_LABELS}
      method="outcome-groups/save"
      schema={OutcomeGroupEditSchema}
      build={() => ({ ...(group === undefined ? {} : { id: group.id }), name, by: edit.actor.by })}
      onClose={onClose}
    >
      {(slot) => <TextField {...slot('name')} value={name} onChange={setName} />}
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
  const old = domain === undefined ? '' : directionText(domain.higherIsBetter).toLowerCase();
  return (
    <ReferenceForm
      edit={edit}
      prefix={prefix}
      noun={['an', 'outcome']}
      current={domain?.name}
      name={name}
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
      savedDetail={(value) =>
        value.switchedResults === 0
          ? ''
          : `${formatCount(value.switchedResults, 'outcome result')} now read “${directionText(higher === 'higher').toLowerCase()}”.`
      }
      onClose={onClose}
    >
      {(slot) => {
        const direction = slot('higherIsBetter');
        return (
          <>
            <TextField
              {...slot('name')}
              value={name}
              onChange={setName}
              hint="Unique within its group, e.g. “Proven re-offending”."
            />
            {domain !== undefined && (
              <SelectField
                {...slot('groupId')}
                value={group}
                onChange={setGroup}
                options={reference.outcomeGroups.map((g) => ({ value: g.id, label: g.name }))}
              />
            )}
            <RadioGroup
              id={direction.id}
              legend={direction.label}
              error={direction.error}
              name={`${prefix}-direction`}
              value={higher}
              options={[
                { value: 'higher', label: 'Higher is better (e.g. attendance)' },
                { value: 'lower', label: 'Lower is better (e.g. re-offending)' },
              ]}
              onChange={(v) => setHigher(v as 'higher' | 'lower')}
              hint="Effects are turned so that a positive effect is always a beneficial one."
            />
            {turned && (
              <Notice tone="warning" title="Changing the direction changes the evidence">
                <p>
                  Pooled effects of this outcome are translated into rates with its direction. Each outcome
                  result keeps its own direction, which turns its effect: switch the results recorded as “
                  {old}” too if they were recorded with the old direction by mistake.
                </p>
                <Checkbox
                  id={slot('switchResults').id}
                  label={`Also switch this outcome's results recorded as “${old}”`}
                  checked={switchResults}
                  onChange={setSwitchResults}
                />
              </Notice>
            )}
            <TextField
              {...slot('description')}
              value={description}
              onChange={setDescription}
              multiline
              hint="Optional: what counts as this outcome."
            />
          </>
        );
      }}
    </ReferenceForm>
  );
}

/** Offered when an outcome in use cannot be deleted: merge it into another, keeping its records. */
function MergeDomain({ edit, domain }: { edit: ReferenceEditing; domain: Domain }) {
  const reference = useReferenceData();
  const [intoId, setIntoId] = useState('');
  const action = useRowAction(edit);
  const prefix = `merge-${domain.id}`;
  const into = reference.outcomeDomains.find((d) => d.id === intoId);
  return (
    <div className="ref-merge" role="group" aria-labelledby={`${prefix}-title`}>
      <p id={`${prefix}-title`} className="ref-merge__title">
        Merge “{domain.name}” into another outcome
      </p>
      <p className="muted small">
        Its results, unit costs and baseline rates then record the other outcome, and “{domain.name}” is
        deleted. Each result keeps its own direction, so its effect does not change. The merge can be undone.
      </p>
      <div className="ref-merge__row">
        <SelectField
          id={`${prefix}-intoId`}
          label="Merge into"
          value={intoId}
          onChange={setIntoId}
          placeholder="Choose an outcome"
          groups={outcomeOptionGroups(reference, domain.id)}
          error={action.errorFor(domain.id)}
        />
        <button
          type="button"
          className="button"
          disabled={action.pending}
          onClick={() =>
            void action.run(
              domain.id,
              'outcome-domains/merge',
              { id: domain.id, intoId, by: edit.actor.by },
              `Merged “${domain.name}” into “${into?.name ?? intoId}”.`,
              [`domain-${intoId}-edit`],
            )
          }
        >
          Merge
        </button>
      </div>
    </div>
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
  const renaming = useDisclosure();
  const { open: adding, show: showAdding, close: closeAdding, opener: addingOpener } = useDisclosure();
  const action = useRowAction(edit);
  const idPrefix = `group-${group.id}`;
  const name = `the group ${group.name}`;
  return (
    <section className="panel ref-group" aria-labelledby={`${idPrefix}-title`}>
      <header className="ref-group__header">
        <h2 id={`${idPrefix}-title`} className="ref-group__title">
          {group.name}{' '}
          <span className="muted ref-group__count">{formatCount(domains.length, 'outcome')}</span>
        </h2>
        {!edit.readOnly && (
          <div className="ref-actions">
            <RowButtons
              idPrefix={idPrefix}
              name={name}
              editWord="Rename"
              editOpen={renaming.open}
              onEdit={renaming.show}
              opener={renaming.opener}
              pending={action.pending}
              onDelete={() =>
                void action.run(
                  group.id,
                  'outcome-groups/delete',
                  { id: group.id, by: edit.actor.by },
                  `Deleted the outcome group “${group.name}”.`,
                )
              }
              moves={
                <MoveButtons
                  idPrefix={idPrefix}
                  name={name}
                  index={index}
                  count={groups}
                  pending={action.pending}
                  onMove={(position, focusIds) =>
                    void action.run(
                      group.id,
                      'outcome-groups/move',
                      { id: group.id, position, by: edit.actor.by },
                      `Moved the group “${group.name}” to place ${position + 1}.`,
                      focusIds,
                    )
                  }
                />
              }
            />
          </div>
        )}
      </header>
      <RowError message={action.errorFor(group.id)} />
      {renaming.open && <GroupForm edit={edit} group={group} onClose={renaming.close} />}
      {domains.length === 0 ? (
        <p className="muted">No outcomes in this group yet.</p>
      ) : (
        <ReferenceTable
          caption={`Outcomes in ${group.name}`}
          headings={['Outcome', 'Direction', 'Description']}
          readOnly={edit.readOnly}
          className="ref-table--outcomes"
        >
          {domains.map((d, i) => (
            <ReferenceRow
              key={d.id}
              edit={edit}
              id={d.id}
              idPrefix={`domain-${d.id}`}
              name={d.name}
              columns={5}
              usedBy={edit.usage?.outcomeDomains[d.id]}
              cells={
                <>
                  <td>
                    <Direction higherIsBetter={d.higherIsBetter} />
                  </td>
                  <td className="ref-description">{d.description ?? <span className="muted">—</span>}</td>
                </>
              }
              remove={{ method: 'outcome-domains/delete', done: `Deleted the outcome “${d.name}”.` }}
              moves={(row) => (
                <MoveButtons
                  idPrefix={`domain-${d.id}`}
                  name={d.name}
                  index={i}
                  count={domains.length}
                  pending={row.pending}
                  onMove={(position, focusIds) =>
                    void row.run(
                      d.id,
                      'outcome-domains/move',
                      { id: d.id, groupId: d.groupId, position, by: edit.actor.by },
                      `Moved “${d.name}” to place ${position + 1}.`,
                      focusIds,
                    )
                  }
                />
              )}
              form={(onClose) => <DomainForm edit={edit} groupId={d.groupId} domain={d} onClose={onClose} />}
              whenRefused={<MergeDomain edit={edit} domain={d} />}
            />
          ))}
        </ReferenceTable>
      )}
      {!edit.readOnly &&
        (adding ? (
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
  const { open, show, close, opener } = useDisclosure();
  return (
    <>
      <ListToolbar
        lead="The outcomes evaluations measure, in groups. Each outcome knows its direction, so that effects can be turned to read “positive = beneficial”."
        addLabel="Add an outcome group"
        readOnly={edit.readOnly}
        open={open}
        show={show}
        opener={opener}
      />
      {open && <GroupForm edit={edit} onClose={close} />}
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
