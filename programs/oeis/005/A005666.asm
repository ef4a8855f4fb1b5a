; A005666: Minimal number of moves for the cyclic variant of the Towers of Hanoi for 3 pegs and n disks, with the final peg two steps away.
; 0,2,7,21,59,163,447,1223,3343,9135,24959,68191,186303,508991,1390591,3799167,10379519,28357375,77473791,211662335,578272255,1579869183,4316282879,11792304127,32217174015,88018956287,240472260607,656982433791,1794909388799

sub $0,1
sub $0,1
add $0,3
sub $0,1
sub $1,5
sub $0,-1
lpb $0
  sub $0,1
  sub $2,$1
  mul $2,-2
  add $1,$2
  sub $2,$1
  add $1,$2
lpe
mov $0,$1
sub $0,-10
div $0,-10
