; A155519: a(n) = Sum (J(p): p is a permutation of {1,2,...,n}), where J(p) is the number of j <= ceiling(n/2) such that p(j) + p(n+1-j) = n+1.
; Formula: a(n) = floor(n^2/2)*lodafac(1,n-2)+(0==floor(n^2/2)*lodafac(1,n-2))
; 1,2,4,16,72,432,2880,23040,201600,2016000,21772800,261273600,3353011200,46942156800,697426329600,11158821273600,188305108992000,3389491961856000,64023737057280000,1280474741145600000

#offset 1

sub $0,2
mov $1,1
fac $1,$0
add $0,2
pow $0,2
div $0,2
mul $0,$1
equ $2,$0
add $0,$2
