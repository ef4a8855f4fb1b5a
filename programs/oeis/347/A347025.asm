; A347025: Maximum size of a family of nonempty sets on n elements such that no set is a union of some others.
; Formula: a(n) = sqrtnint(lodafac(6,n)-1,4)
; 0,1,2,4,7,13,24,44

mov $1,6
fac $1,$0
mov $0,$1
sub $0,1
nrt $0,4
