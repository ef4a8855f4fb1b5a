; A031878: Maximal number of edges in Hamiltonian path in complete graph on n nodes.
; 0,1,3,5,10,13,21,25,36,41,55,61,78,85,105,113,136,145,171,181,210,221,253,265,300,313,351,365,406,421,465,481,528,545,595,613,666,685,741,761,820,841,903,925,990,1013,1081,1105,1176,1201,1275,1301,1378

#offset 1

sub $0,1
sub $0,1
add $0,2
sub $0,1
sub $0,1
sub $0,1
add $0,1
mov $3,$0
add $0,4
mov $1,$0
add $3,2
mov $2,1
sub $1,1
lpb $1
  sub $2,-1
  sub $1,1
  sub $2,1
  add $4,$2
  sub $2,$3
  dif $2,-1
lpe
sub $0,$4
sub $0,1
sub $0,1
div $0,-1
