; A074335: In music, with 0 = C natural, 1 = C#, etc.: The unfolding of a semitonal interval cycle, alternating the ascending and descending aspects of the cycle from a common point or axis of symmetry. Any regularly occurring alignment may be used, with predictable even or odd results.
; Formula: a(n) = lodamod(truncate(A072256(n)/8),12)
; 0,0,1,11,2,10,3,9,4,8,5,7,6,6

seq $0,72256
div $0,8
mod $0,12
