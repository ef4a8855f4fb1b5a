; case: prg constant target
; from: written here
; expect:
; error: Cannot get address of a constant
prg 1,4222124650659841
