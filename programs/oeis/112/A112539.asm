; A112539: Half-baked Thue-Morse: at successive steps the sequence or its bit-inverted form is appended to itself.
; 1,0,1,0,0,1,0,1,1,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,1,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,0,1,0,1,1,0,1,0,0,1,0,1,1,0,1,0,0,1,0,1,1,0,1,0

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
add $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
dgs $0,4
sub $0,1
mov $2,$1
equ $2,0
add $0,$2
add $0,2
mod $0,2
