; A337483: Number of ordered triples of positive integers summing to n that are either weakly increasing or weakly decreasing.
; Formula: a(n) = truncate((n*n-1)/6)
; 0,0,0,1,2,4,5,8,10,13,16,20,23,28,32,37,42,48,53,60,66,73,80,88,95,104,112,121,130,140,149,160,170,181,192,204,215,228,240,253,266,280,293,308,322,337,352,368,383,400,416,433,450,468,485,504,522,541,560

mul $0,$0
sub $0,1
div $0,6
