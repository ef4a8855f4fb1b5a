; A180189: Number of permutations of [n] having exactly 1 circular succession. A circular succession in a permutation p of [n] is either a pair p(i), p(i+1), where p(i+1)=p(i)+1 or the pair p(n), p(1) if p(1)=p(n)+1.
; 0,2,0,12,40,270,1848,14840,133488,1334970,14684560,176214852,2290792920,32071101062,481066515720,7697064251760,130850092279648,2355301661033970,44750731559645088,895014631192902140,18795307255050944520,413496759611120779902

#offset 1

sub $0,1
add $0,1
sub $1,3
mul $1,$0
lpb $0
  sub $0,1
  mul $2,-1
  mul $1,$0
  add $2,$1
lpe
mov $0,$2
div $0,6
add $0,1
sub $0,1
mul $0,4
div $0,2
