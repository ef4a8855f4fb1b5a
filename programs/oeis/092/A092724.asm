; A092724: Disk degeneracies for brane III in the O(K)->P^1 x P^1 geometry.
; 0,0,0,0,0,0,0,-264,-4224,-35640

sub $0,1
sub $0,6
add $0,1
sub $1,$0
mul $1,$0
lpb $0
  add $2,$1
  sub $0,1
  add $1,$2
  add $2,$1
lpe
mov $0,$2
mul $0,88
