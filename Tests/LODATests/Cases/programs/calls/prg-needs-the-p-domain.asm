; case: prg needs the P domain
; from: written here
; expect:
; error: Unsupported program ID for prg operation: A000045
prg $0,45
