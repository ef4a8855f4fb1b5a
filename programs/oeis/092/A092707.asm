; A092707: Ooguri-Vafa invariants of disk degeneracies for brane III in the O(K) -> P^1 x P^1 geometry.
; 0,0,0,10,100,540,2100,6600,17820

sub $0,1
add $0,1
sub $0,1
add $0,1
add $0,1
sub $2,-3
mov $1,$0
add $2,$1
sub $1,4
bin $2,$1
mul $0,$2
sub $0,2
div $0,2
mul $0,5
add $0,5
