; A290953: The number of permutations in S_n for which the number of reduced words is maximized with respect to the numbers of braid and commutation classes: |R(w)| = |B(w)| * |C(w)|.
; Formula: a(n) = truncate(lodabin(n+n,n)/(n+1))+max(n-2-0,0)
; 1,2,6,16,45,136,434,1436,4869,16804,58795,208022,742911,2674452,9694858,35357684,129644805,477638716,1767263207,6564120438,24466267039,91482563660,343059613671,1289904147346,4861946401475,18367353072176,69533550916029,263747951750386,1002242216651395,3814986502092332

#offset 1

sub $0,2
mov $1,$0
add $0,2
mov $2,$0
add $0,$2
bin $0,$2
add $2,1
div $0,$2
trn $1,0
add $0,$1
