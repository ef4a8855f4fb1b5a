; A128866: Number of n-tuples where each entry is chosen from the subsets of {1,2,3,4,5} such that the intersection of all n entries contains exactly one element.
; 5,405,12005,253125,4617605,78764805,1300723205,21141253125,340920883205,5476114739205,87789257318405,1406000997253125,22507005033676805,360200017312153605,5763903867804057605

#offset 1

sub $0,1
add $0,1
add $3,1
lpb $0
  sub $0,1
  add $3,$3
lpe
mov $0,$3
sub $0,1
mul $0,$0
mul $0,$0
div $0,4
mul $0,6
div $0,3
div $0,8
add $0,-2
sub $0,-2
mul $0,80
add $0,5
