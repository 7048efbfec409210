#pragma once

#include "Actor.h"
#include "Officer.h"
#include "Result.h"

#include <QList>
#include <QString>

namespace psv {

class Database;
class WriteScope;

// Officers and their sign-in secrets (Argon2id hashes only). Every change is audited.
class OfficerRepository
{
public:
    explicit OfficerRepository(Database &db) : m_db(db) { }

    // secret may be empty (no sign-in secret yet); otherwise it is hashed before it is stored.
    Result<Officer> add(const Officer &officer, const QString &secret, const Actor &actor);
    Result<Officer> update(const Officer &officer, const Actor &actor);
    Status setSecret(const QString &officerId, const QString &secret, const Actor &actor);
    // Ok when the officer exists, is active and the secret matches (an officer without a secret
    // matches only an empty one).
    Status verifySecret(const QString &officerId, const QString &secret) const;

    Result<Officer> get(const QString &id) const;
    Result<Officer> byPoliceNumber(const QString &policeNumber) const;
    Result<Officer> resolve(const QString &idOrPoliceNumber) const;
    Result<QList<Officer>> list(bool activeOnly = false) const;

    // Inserts an already validated officer inside an open write; secretHash is an Argon2id hash
    // from SecretHash, or empty for no secret (see UnitRepository::insert).
    static Status insert(WriteScope &w, Officer &officer, const QString &secretHash = {});

private:
    Result<QString> secretHash(const QString &officerId) const;
    Database &m_db;
};

} // namespace psv
