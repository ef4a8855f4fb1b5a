; A270126: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 86", based on the 5-celled von Neumann neighborhood.
; 1,5,24,96,384,1536,6144,24576,98304,393216,1572864,6291456,25165824,100663296,402653184,1610612736

sub $0,1
mov $3,$0
pow $2,$1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,3
sub $1,1
lpb $0
  sub $1,$2
  sub $1,$2
  sub $2,$1
  sub $0,1
  pow $2,$1
  sub $2,$1
  sub $1,$2
lpe
mov $0,$1
sub $0,-1
add $0,2
sub $0,1
sub $0,1
mul $0,-1
add $0,1
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
