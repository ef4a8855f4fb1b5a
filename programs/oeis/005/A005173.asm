; A005173: Number of rooted trees with 3 nodes of disjoint sets of labels with union {1..n}. If a node has an empty set of labels then it must have at least two children.
; 0,1,12,61,240,841,2772,8821,27480,84481,257532,780781,2358720,7108921,21392292,64307941,193185960,580082161,1741295052,5225982301,15682141200,47054812201,141181213812,423577195861,1270798696440,3812530307041,11437859356572,34314114940621

#offset 1

sub $0,1
gcd $2,-1
add $0,3
sub $3,1
mov $1,$0
lpb $1
  mul $3,2
  sub $1,1
  sub $2,$3
  gcd $3,$3
  mul $2,3
lpe
mov $0,$2
sub $0,9
div $0,3
add $0,5
sub $0,9
div $0,-2
