; A358355: Maximum length of an induced path (or chordless path) in the n-halved cube graph.
; Formula: a(n) = (max(n-3,0)-1)*gcd(0,max(n-3,0)-1)-(n-1==0)+2
; 0,1,1,2,3,6,11,18

#offset 1

sub $0,1
mov $1,$0
sub $0,2
max $0,0
sub $0,1
gcd $2,$0
mul $0,$2
equ $1,0
sub $0,$1
sub $0,-2
