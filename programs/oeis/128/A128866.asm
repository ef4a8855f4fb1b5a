; A128866: Number of n-tuples where each entry is chosen from the subsets of {1,2,3,4,5} such that the intersection of all n entries contains exactly one element.
; Formula: a(n) = 20*lodafac(2*A020522(n-1),2)+5
; 5,405,12005,253125,4617605,78764805,1300723205,21141253125,340920883205,5476114739205,87789257318405,1406000997253125,22507005033676805,360200017312153605,5763903867804057605

#offset 1

sub $0,1
seq $0,20522
mul $0,2
fac $0,2
mul $0,20
add $0,5
