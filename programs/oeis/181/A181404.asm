; A181404: Total number of positive integers below 10^n requiring 8 positive cubes in their representation as sum of cubes.
; Formula: a(n) = min(A062741(n-1),15)
; 0,3,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15

#offset 1

sub $0,1
seq $0,62741
min $0,15
