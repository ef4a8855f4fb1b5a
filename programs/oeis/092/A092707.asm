; A092707: Ooguri-Vafa invariants of disk degeneracies for brane III in the O(K) -> P^1 x P^1 geometry.
; 0,0,0,10,100,540,2100,6600,17820

sub $0,3
sub $0,1
sub $0,2
add $0,2
sub $0,1
add $0,1
add $0,2
mov $4,$0
sub $0,1
mov $3,$0
add $0,2
add $0,3
add $0,2
bin $0,$3
mov $5,$4
add $5,3
mul $5,$0
mov $0,$5
sub $0,4
div $0,4
mul $0,35
add $0,35
div $0,35
mul $0,10
