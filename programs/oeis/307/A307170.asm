; A307170: Minimum number of partial loops in a diagonal Latin square of order n.
; Formula: a(n) = 3*sqrtnint(19*n*A082023(n)*A082023(n),3)
; 0,0,0,12,0,21,0,24

#offset 1

mov $1,$0
seq $1,82023
mul $0,19
mul $0,$1
mul $0,$1
nrt $0,3
mul $0,3
