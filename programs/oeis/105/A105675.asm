; A105675: Highest minimal distance of any Type II doubly-even binary self-dual code of length 8n.
; 4,4,8,8,8,12,12,12

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
div $0,2
add $0,$0
div $0,2
mul $0,13
add $0,13
sub $0,13
div $0,13
lpb $0
  bin $0,-1
  add $0,1
lpe
sub $0,-1
mul $0,4
add $0,4
